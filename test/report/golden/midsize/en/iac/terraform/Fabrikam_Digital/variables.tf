variable "location_rg_aks_prod" {
  type        = string
  description = "Location of resource group rg-aks-prod"
  default     = "tokyo2"
}

variable "admin_password_rg_aks_prod_k8s_master_35064155_0" {
  type        = string
  description = "Local administrator password of VM k8s-master-35064155-0"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_master_35064155_1" {
  type        = string
  description = "Local administrator password of VM k8s-master-35064155-1"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_master_35064155_2" {
  type        = string
  description = "Local administrator password of VM k8s-master-35064155-2"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_linuxpool_35064155_0" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-35064155-0"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_linuxpool_35064155_1" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-35064155-1"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_linuxpool_35064155_2" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-35064155-2"
  sensitive   = true
}

variable "admin_password_rg_aks_prod_k8s_linuxpool_35064155_3" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-35064155-3"
  sensitive   = true
}

variable "location_rg_aks_dev" {
  type        = string
  description = "Location of resource group rg-aks-dev"
  default     = "tokyo2"
}

variable "admin_password_rg_aks_dev_k8s_master_81733221_0" {
  type        = string
  description = "Local administrator password of VM k8s-master-81733221-0"
  sensitive   = true
}

variable "admin_password_rg_aks_dev_k8s_linuxpool_81733221_0" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-81733221-0"
  sensitive   = true
}

variable "admin_password_rg_aks_dev_k8s_linuxpool_81733221_1" {
  type        = string
  description = "Local administrator password of VM k8s-linuxpool-81733221-1"
  sensitive   = true
}

variable "location_rg_api" {
  type        = string
  description = "Location of resource group rg-api"
  default     = "tokyo2"
}

variable "admin_password_rg_api_api01" {
  type        = string
  description = "Local administrator password of VM api01"
  sensitive   = true
}

variable "admin_password_rg_api_api02" {
  type        = string
  description = "Local administrator password of VM api02"
  sensitive   = true
}

variable "location_rg_devtest" {
  type        = string
  description = "Location of resource group rg-devtest"
  default     = "tokyo2"
}

variable "admin_password_rg_devtest_gitlab01" {
  type        = string
  description = "Local administrator password of VM gitlab01"
  sensitive   = true
}

variable "admin_password_rg_devtest_build01" {
  type        = string
  description = "Local administrator password of VM build01"
  sensitive   = true
}

variable "admin_password_rg_devtest_build02" {
  type        = string
  description = "Local administrator password of VM build02"
  sensitive   = true
}

variable "admin_password_rg_devtest_devsql01" {
  type        = string
  description = "Local administrator password of VM devsql01"
  sensitive   = true
}

variable "admin_password_rg_devtest_testweb01" {
  type        = string
  description = "Local administrator password of VM testweb01"
  sensitive   = true
}

variable "admin_password_rg_devtest_qa_app01" {
  type        = string
  description = "Local administrator password of VM qa-app01"
  sensitive   = true
}

variable "location_rg_digital_network" {
  type        = string
  description = "Location of resource group rg-digital-network"
  default     = "tokyo2"
}

variable "shared_key_rg_digital_network_cn_digital_hub" {
  type        = string
  description = "IPsec pre-shared key of connection cn-digital-hub"
  sensitive   = true
}
