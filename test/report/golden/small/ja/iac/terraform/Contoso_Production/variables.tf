variable "location_rg_identity" {
  type        = string
  description = "Location of resource group rg-identity"
  default     = "tokyo"
}

variable "admin_password_rg_identity_dc01" {
  type        = string
  description = "Local administrator password of VM dc01"
  sensitive   = true
}

variable "admin_password_rg_identity_dc02" {
  type        = string
  description = "Local administrator password of VM dc02"
  sensitive   = true
}

variable "location_rg_data" {
  type        = string
  description = "Location of resource group rg-data"
  default     = "tokyo"
}

variable "admin_password_rg_data_sql01" {
  type        = string
  description = "Local administrator password of VM sql01"
  sensitive   = true
}

variable "admin_password_rg_data_fs01" {
  type        = string
  description = "Local administrator password of VM fs01"
  sensitive   = true
}

variable "location_rg_web" {
  type        = string
  description = "Location of resource group rg-web"
  default     = "tokyo"
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

variable "admin_password_rg_web_app01" {
  type        = string
  description = "Local administrator password of VM app01"
  sensitive   = true
}

variable "location_rg_network" {
  type        = string
  description = "Location of resource group rg-network"
  default     = "tokyo"
}

variable "shared_key_rg_network_cn_osaka_dc" {
  type        = string
  description = "IPsec pre-shared key of connection cn-osaka-dc"
  sensitive   = true
}
