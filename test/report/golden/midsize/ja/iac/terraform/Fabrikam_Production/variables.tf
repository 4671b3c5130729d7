variable "location_rg_sql" {
  type        = string
  description = "Location of resource group rg-sql"
  default     = "tokyo2"
}

variable "admin_password_rg_sql_sqlcl01a" {
  type        = string
  description = "Local administrator password of VM sqlcl01a"
  sensitive   = true
}

variable "admin_password_rg_sql_sqlcl01b" {
  type        = string
  description = "Local administrator password of VM sqlcl01b"
  sensitive   = true
}

variable "admin_password_rg_sql_sql02" {
  type        = string
  description = "Local administrator password of VM sql02"
  sensitive   = true
}

variable "admin_password_rg_sql_sql03" {
  type        = string
  description = "Local administrator password of VM sql03"
  sensitive   = true
}

variable "location_rg_exchange" {
  type        = string
  description = "Location of resource group rg-exchange"
  default     = "tokyo2"
}

variable "admin_password_rg_exchange_exch01" {
  type        = string
  description = "Local administrator password of VM exch01"
  sensitive   = true
}

variable "admin_password_rg_exchange_exch02" {
  type        = string
  description = "Local administrator password of VM exch02"
  sensitive   = true
}

variable "location_rg_sharepoint" {
  type        = string
  description = "Location of resource group rg-sharepoint"
  default     = "tokyo2"
}

variable "admin_password_rg_sharepoint_sp_app01" {
  type        = string
  description = "Local administrator password of VM sp-app01"
  sensitive   = true
}

variable "admin_password_rg_sharepoint_sp_wfe01" {
  type        = string
  description = "Local administrator password of VM sp-wfe01"
  sensitive   = true
}

variable "admin_password_rg_sharepoint_sp_wfe02" {
  type        = string
  description = "Local administrator password of VM sp-wfe02"
  sensitive   = true
}

variable "location_rg_files" {
  type        = string
  description = "Location of resource group rg-files"
  default     = "tokyo2"
}

variable "admin_password_rg_files_fs01" {
  type        = string
  description = "Local administrator password of VM fs01"
  sensitive   = true
}

variable "admin_password_rg_files_fs02" {
  type        = string
  description = "Local administrator password of VM fs02"
  sensitive   = true
}

variable "location_rg_web" {
  type        = string
  description = "Location of resource group rg-web"
  default     = "tokyo2"
}

variable "admin_password_rg_web_web01" {
  type        = string
  description = "Local administrator password of VM web01"
  sensitive   = true
}

variable "admin_password_rg_web_web02" {
  type        = string
  description = "Local administrator password of VM web02"
  sensitive   = true
}

variable "admin_password_rg_web_web03" {
  type        = string
  description = "Local administrator password of VM web03"
  sensitive   = true
}

variable "admin_password_rg_web_web04" {
  type        = string
  description = "Local administrator password of VM web04"
  sensitive   = true
}

variable "admin_password_rg_web_web05" {
  type        = string
  description = "Local administrator password of VM web05"
  sensitive   = true
}

variable "admin_password_rg_web_web06" {
  type        = string
  description = "Local administrator password of VM web06"
  sensitive   = true
}

variable "location_rg_app" {
  type        = string
  description = "Location of resource group rg-app"
  default     = "tokyo2"
}

variable "admin_password_rg_app_pg01" {
  type        = string
  description = "Local administrator password of VM pg01"
  sensitive   = true
}

variable "admin_password_rg_app_pg02" {
  type        = string
  description = "Local administrator password of VM pg02"
  sensitive   = true
}

variable "admin_password_rg_app_mq01" {
  type        = string
  description = "Local administrator password of VM mq01"
  sensitive   = true
}

variable "admin_password_rg_app_app01" {
  type        = string
  description = "Local administrator password of VM app01"
  sensitive   = true
}

variable "admin_password_rg_app_app02" {
  type        = string
  description = "Local administrator password of VM app02"
  sensitive   = true
}

variable "admin_password_rg_app_app03" {
  type        = string
  description = "Local administrator password of VM app03"
  sensitive   = true
}

variable "admin_password_rg_app_app04" {
  type        = string
  description = "Local administrator password of VM app04"
  sensitive   = true
}

variable "os_disk_source_id_rg_app_lic01" {
  type        = string
  description = "PLACEHOLDER: resource ID of the restored managed disk or snapshot that VM lic01 boots from"
}

variable "os_disk_source_id_rg_app_rhel_app01" {
  type        = string
  description = "PLACEHOLDER: resource ID of the restored managed disk or snapshot that VM rhel-app01 boots from"
}

variable "os_disk_source_id_rg_app_rhel_app02" {
  type        = string
  description = "PLACEHOLDER: resource ID of the restored managed disk or snapshot that VM rhel-app02 boots from"
}

variable "admin_password_rg_app_sles_erp01" {
  type        = string
  description = "Local administrator password of VM sles-erp01"
  sensitive   = true
}

variable "location_rg_rds" {
  type        = string
  description = "Location of resource group rg-rds"
  default     = "tokyo2"
}

variable "admin_password_rg_rds_rdgw01" {
  type        = string
  description = "Local administrator password of VM rdgw01"
  sensitive   = true
}

variable "admin_password_rg_rds_rdsh01" {
  type        = string
  description = "Local administrator password of VM rdsh01"
  sensitive   = true
}

variable "admin_password_rg_rds_rdsh02" {
  type        = string
  description = "Local administrator password of VM rdsh02"
  sensitive   = true
}

variable "location_rg_batch" {
  type        = string
  description = "Location of resource group rg-batch"
  default     = "tokyo2"
}

variable "admin_password_rg_batch_batch01" {
  type        = string
  description = "Local administrator password of VM batch01"
  sensitive   = true
}

variable "admin_password_rg_batch_print01" {
  type        = string
  description = "Local administrator password of VM print01"
  sensitive   = true
}

variable "location_rg_prod_network" {
  type        = string
  description = "Location of resource group rg-prod-network"
  default     = "tokyo2"
}

variable "shared_key_rg_prod_network_cn_prod_hub" {
  type        = string
  description = "IPsec pre-shared key of connection cn-prod-hub"
  sensitive   = true
}
