variable "location_rg_identity" {
  type        = string
  description = "Location of resource group rg-identity"
  default     = "tokyo2"
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

variable "admin_password_rg_identity_dc03" {
  type        = string
  description = "Local administrator password of VM dc03"
  sensitive   = true
}

variable "admin_password_rg_identity_pki01" {
  type        = string
  description = "Local administrator password of VM pki01"
  sensitive   = true
}

variable "location_rg_management" {
  type        = string
  description = "Location of resource group rg-management"
  default     = "tokyo2"
}

variable "admin_password_rg_management_jump01" {
  type        = string
  description = "Local administrator password of VM jump01"
  sensitive   = true
}

variable "admin_password_rg_management_jump02" {
  type        = string
  description = "Local administrator password of VM jump02"
  sensitive   = true
}

variable "admin_password_rg_management_bastion01" {
  type        = string
  description = "Local administrator password of VM bastion01"
  sensitive   = true
}

variable "admin_password_rg_management_wsus01" {
  type        = string
  description = "Local administrator password of VM wsus01"
  sensitive   = true
}

variable "admin_password_rg_management_mon01" {
  type        = string
  description = "Local administrator password of VM mon01"
  sensitive   = true
}

variable "admin_password_rg_management_bkp01" {
  type        = string
  description = "Local administrator password of VM bkp01"
  sensitive   = true
}

variable "admin_password_rg_management_wanacc01" {
  type        = string
  description = "Local administrator password of VM wanacc01"
  sensitive   = true
}

variable "location_rg_hub_network" {
  type        = string
  description = "Location of resource group rg-hub-network"
  default     = "tokyo2"
}

variable "shared_key_rg_hub_network_cn_hub_hq_tokyo" {
  type        = string
  description = "IPsec pre-shared key of connection cn-hub-hq-tokyo"
  sensitive   = true
}

variable "shared_key_rg_hub_network_cn_hub_dc_osaka" {
  type        = string
  description = "IPsec pre-shared key of connection cn-hub-dc-osaka"
  sensitive   = true
}

variable "shared_key_rg_hub_network_cn_hub_prod" {
  type        = string
  description = "IPsec pre-shared key of connection cn-hub-prod"
  sensitive   = true
}

variable "shared_key_rg_hub_network_cn_hub_digital" {
  type        = string
  description = "IPsec pre-shared key of connection cn-hub-digital"
  sensitive   = true
}
