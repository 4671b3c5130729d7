data "azurestack_client_config" "current" {}

resource "azurestack_resource_group" "rg_aks_prod" {
  name     = "rg-aks-prod"
  location = var.location_rg_aks_prod
  tags = {
    "部門" = "デジタル推進室"
    "環境" = "本番"
  }
}

resource "azurestack_availability_set" "rg_aks_prod_master_availabilityset_35064155" {
  name                         = "master-availabilityset-35064155"
  resource_group_name          = azurestack_resource_group.rg_aks_prod.name
  location                     = azurestack_resource_group.rg_aks_prod.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 3
  managed                      = true
}

resource "azurestack_availability_set" "rg_aks_prod_linuxpool_availabilityset_35064155" {
  name                         = "linuxpool-availabilityset-35064155"
  resource_group_name          = azurestack_resource_group.rg_aks_prod.name
  location                     = azurestack_resource_group.rg_aks_prod.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 3
  managed                      = true
}

resource "azurestack_public_ip" "rg_aks_prod_k8s_master_ip_fabaksprod_35064155" {
  name                = "k8s-master-ip-fabaksprod-35064155"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location
  allocation_method   = "Static"
  sku                 = "Basic"
  domain_name_label   = "fabaksprod"
}

resource "azurestack_lb" "rg_aks_prod_k8s_master_lb_35064155" {
  name                = "k8s-master-lb-35064155"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "k8s-master-lbFrontEnd-35064155"
    public_ip_address_id = azurestack_public_ip.rg_aks_prod_k8s_master_ip_fabaksprod_35064155.id
  }
}

resource "azurestack_lb_backend_address_pool" "rg_aks_prod_k8s_master_lb_35064155_k8s_master_35064155" {
  name            = "k8s-master-35064155"
  loadbalancer_id = azurestack_lb.rg_aks_prod_k8s_master_lb_35064155.id
}

resource "azurestack_lb_probe" "rg_aks_prod_k8s_master_lb_35064155_tcpHTTPSProbe" {
  name                = "tcpHTTPSProbe"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  loadbalancer_id     = azurestack_lb.rg_aks_prod_k8s_master_lb_35064155.id
  protocol            = "Tcp"
  port                = 443
  interval_in_seconds = 5
  number_of_probes    = 2
}

resource "azurestack_lb_rule" "rg_aks_prod_k8s_master_lb_35064155_LBRuleHTTPS" {
  name                           = "LBRuleHTTPS"
  resource_group_name            = azurestack_resource_group.rg_aks_prod.name
  loadbalancer_id                = azurestack_lb.rg_aks_prod_k8s_master_lb_35064155.id
  frontend_ip_configuration_name = "k8s-master-lbFrontEnd-35064155"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_aks_prod_k8s_master_lb_35064155_k8s_master_35064155.id
  probe_id                       = azurestack_lb_probe.rg_aks_prod_k8s_master_lb_35064155_tcpHTTPSProbe.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  idle_timeout_in_minutes        = 5
}

resource "azurestack_key_vault" "rg_aks_prod_kv_fab_digital" {
  name                            = "kv-fab-digital"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  sku_name                        = "standard"
  tenant_id                       = data.azurestack_client_config.current.tenant_id
  enabled_for_template_deployment = true
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_master_35064155_0_nic" {
  name                = "k8s-master-35064155-0-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.3.239"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-0"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_aks_prod_k8s_master_35064155_0_nic_k8s_master_lb_35064155_k8s_master_35064155" {
  network_interface_id    = azurestack_network_interface.rg_aks_prod_k8s_master_35064155_0_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_aks_prod_k8s_master_lb_35064155_k8s_master_35064155.id
}

resource "azurestack_managed_disk" "rg_aks_prod_k8s_master_35064155_0_etcddisk" {
  name                 = "k8s-master-35064155-0-etcddisk"
  resource_group_name  = azurestack_resource_group.rg_aks_prod.name
  location             = azurestack_resource_group.rg_aks_prod.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-0"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_master_35064155_0" {
  name                            = "k8s-master-35064155-0"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_D2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_master_35064155_0
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_master_35064155_0_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_master_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-master-35064155-0-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-0"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_aks_prod_k8s_master_35064155_0_k8s_master_35064155_0_etcddisk" {
  managed_disk_id    = azurestack_managed_disk.rg_aks_prod_k8s_master_35064155_0_etcddisk.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_aks_prod_k8s_master_35064155_0.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_master_35064155_1_nic" {
  name                = "k8s-master-35064155-1-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.3.240"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-1"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_aks_prod_k8s_master_35064155_1_nic_k8s_master_lb_35064155_k8s_master_35064155" {
  network_interface_id    = azurestack_network_interface.rg_aks_prod_k8s_master_35064155_1_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_aks_prod_k8s_master_lb_35064155_k8s_master_35064155.id
}

resource "azurestack_managed_disk" "rg_aks_prod_k8s_master_35064155_1_etcddisk" {
  name                 = "k8s-master-35064155-1-etcddisk"
  resource_group_name  = azurestack_resource_group.rg_aks_prod.name
  location             = azurestack_resource_group.rg_aks_prod.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-1"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_master_35064155_1" {
  name                            = "k8s-master-35064155-1"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_D2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_master_35064155_1
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_master_35064155_1_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_master_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-master-35064155-1-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-1"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_aks_prod_k8s_master_35064155_1_k8s_master_35064155_1_etcddisk" {
  managed_disk_id    = azurestack_managed_disk.rg_aks_prod_k8s_master_35064155_1_etcddisk.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_aks_prod_k8s_master_35064155_1.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_master_35064155_2_nic" {
  name                = "k8s-master-35064155-2-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.3.241"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-2"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_aks_prod_k8s_master_35064155_2_nic_k8s_master_lb_35064155_k8s_master_35064155" {
  network_interface_id    = azurestack_network_interface.rg_aks_prod_k8s_master_35064155_2_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_aks_prod_k8s_master_lb_35064155_k8s_master_35064155.id
}

resource "azurestack_managed_disk" "rg_aks_prod_k8s_master_35064155_2_etcddisk" {
  name                 = "k8s-master-35064155-2-etcddisk"
  resource_group_name  = azurestack_resource_group.rg_aks_prod.name
  location             = azurestack_resource_group.rg_aks_prod.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-2"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_master_35064155_2" {
  name                            = "k8s-master-35064155-2"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_D2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_master_35064155_2
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_master_35064155_2_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_master_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-master-35064155-2-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-35064155-2"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "master"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_aks_prod_k8s_master_35064155_2_k8s_master_35064155_2_etcddisk" {
  managed_disk_id    = azurestack_managed_disk.rg_aks_prod_k8s_master_35064155_2_etcddisk.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_aks_prod_k8s_master_35064155_2.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_linuxpool_35064155_0_nic" {
  name                = "k8s-linuxpool-35064155-0-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.0.4"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-0"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_linuxpool_35064155_0" {
  name                            = "k8s-linuxpool-35064155-0"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_F8s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_linuxpool_35064155_0
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_linuxpool_35064155_0_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_linuxpool_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-linuxpool-35064155-0-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-0"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_linuxpool_35064155_1_nic" {
  name                = "k8s-linuxpool-35064155-1-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.0.5"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-1"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_linuxpool_35064155_1" {
  name                            = "k8s-linuxpool-35064155-1"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_F8s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_linuxpool_35064155_1
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_linuxpool_35064155_1_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_linuxpool_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-linuxpool-35064155-1-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-1"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_linuxpool_35064155_2_nic" {
  name                = "k8s-linuxpool-35064155-2-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.0.6"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-2"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_linuxpool_35064155_2" {
  name                            = "k8s-linuxpool-35064155-2"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_F8s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_linuxpool_35064155_2
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_linuxpool_35064155_2_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_linuxpool_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-linuxpool-35064155-2-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-2"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_network_interface" "rg_aks_prod_k8s_linuxpool_35064155_3_nic" {
  name                = "k8s-linuxpool-35064155-3-nic"
  resource_group_name = azurestack_resource_group.rg_aks_prod.name
  location            = azurestack_resource_group.rg_aks_prod.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-prod"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.0.7"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-3"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_prod_k8s_linuxpool_35064155_3" {
  name                            = "k8s-linuxpool-35064155-3"
  resource_group_name             = azurestack_resource_group.rg_aks_prod.name
  location                        = azurestack_resource_group.rg_aks_prod.location
  size                            = "Standard_F8s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_prod_k8s_linuxpool_35064155_3
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_prod_k8s_linuxpool_35064155_3_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_prod_linuxpool_availabilityset_35064155.id

  os_disk {
    name                 = "k8s-linuxpool-35064155-3-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-35064155-3"
    orchestrator       = "Kubernetes:1.24.11"
    poolName           = "linuxpool"
    resourceNameSuffix = "35064155"
    "クラスタ"             = "aks-prod-01"
  }
}

resource "azurestack_resource_group" "rg_aks_dev" {
  name     = "rg-aks-dev"
  location = var.location_rg_aks_dev
  tags = {
    "部門" = "デジタル推進室"
    "環境" = "開発"
  }
}

resource "azurestack_availability_set" "rg_aks_dev_master_availabilityset_81733221" {
  name                         = "master-availabilityset-81733221"
  resource_group_name          = azurestack_resource_group.rg_aks_dev.name
  location                     = azurestack_resource_group.rg_aks_dev.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 3
  managed                      = true
}

resource "azurestack_availability_set" "rg_aks_dev_linuxpool_availabilityset_81733221" {
  name                         = "linuxpool-availabilityset-81733221"
  resource_group_name          = azurestack_resource_group.rg_aks_dev.name
  location                     = azurestack_resource_group.rg_aks_dev.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 3
  managed                      = true
}

resource "azurestack_network_interface" "rg_aks_dev_k8s_master_81733221_0_nic" {
  name                = "k8s-master-81733221-0-nic"
  resource_group_name = azurestack_resource_group.rg_aks_dev.name
  location            = azurestack_resource_group.rg_aks_dev.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.7.239"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-81733221-0"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "master"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_managed_disk" "rg_aks_dev_k8s_master_81733221_0_etcddisk" {
  name                 = "k8s-master-81733221-0-etcddisk"
  resource_group_name  = azurestack_resource_group.rg_aks_dev.name
  location             = azurestack_resource_group.rg_aks_dev.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-81733221-0"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "master"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_dev_k8s_master_81733221_0" {
  name                            = "k8s-master-81733221-0"
  resource_group_name             = azurestack_resource_group.rg_aks_dev.name
  location                        = azurestack_resource_group.rg_aks_dev.location
  size                            = "Standard_D2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_dev_k8s_master_81733221_0
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_dev_k8s_master_81733221_0_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_dev_master_availabilityset_81733221.id

  os_disk {
    name                 = "k8s-master-81733221-0-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-master-81733221-0"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "master"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_aks_dev_k8s_master_81733221_0_k8s_master_81733221_0_etcddisk" {
  managed_disk_id    = azurestack_managed_disk.rg_aks_dev_k8s_master_81733221_0_etcddisk.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_aks_dev_k8s_master_81733221_0.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_aks_dev_k8s_linuxpool_81733221_0_nic" {
  name                = "k8s-linuxpool-81733221-0-nic"
  resource_group_name = azurestack_resource_group.rg_aks_dev.name
  location            = azurestack_resource_group.rg_aks_dev.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-dev"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.4.4"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-81733221-0"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "linuxpool"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_dev_k8s_linuxpool_81733221_0" {
  name                            = "k8s-linuxpool-81733221-0"
  resource_group_name             = azurestack_resource_group.rg_aks_dev.name
  location                        = azurestack_resource_group.rg_aks_dev.location
  size                            = "Standard_DS3_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_dev_k8s_linuxpool_81733221_0
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_dev_k8s_linuxpool_81733221_0_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_dev_linuxpool_availabilityset_81733221.id

  os_disk {
    name                 = "k8s-linuxpool-81733221-0-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-81733221-0"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "linuxpool"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_network_interface" "rg_aks_dev_k8s_linuxpool_81733221_1_nic" {
  name                = "k8s-linuxpool-81733221-1-nic"
  resource_group_name = azurestack_resource_group.rg_aks_dev.name
  location            = azurestack_resource_group.rg_aks_dev.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-aks-dev"])
    private_ip_address_allocation = "Dynamic"
    private_ip_address            = "10.22.4.5"
    primary                       = true
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-81733221-1"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "linuxpool"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_linux_virtual_machine" "rg_aks_dev_k8s_linuxpool_81733221_1" {
  name                            = "k8s-linuxpool-81733221-1"
  resource_group_name             = azurestack_resource_group.rg_aks_dev.name
  location                        = azurestack_resource_group.rg_aks_dev.location
  size                            = "Standard_DS3_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_aks_dev_k8s_linuxpool_81733221_1
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_aks_dev_k8s_linuxpool_81733221_1_nic.id]
  availability_set_id             = azurestack_availability_set.rg_aks_dev_linuxpool_availabilityset_81733221.id

  os_disk {
    name                 = "k8s-linuxpool-81733221-1-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "microsoft-aks"
    offer     = "aks"
    sku       = "aks-engine-ubuntu-2004-202208"
    version   = "latest"
  }

  tags = {
    aksEngineVersion   = "v0.80.2"
    creationSource     = "aksengine-k8s-linuxpool-81733221-1"
    orchestrator       = "Kubernetes:1.23.17"
    poolName           = "linuxpool"
    resourceNameSuffix = "81733221"
    "クラスタ"             = "aks-dev-01"
  }
}

resource "azurestack_resource_group" "rg_api" {
  name     = "rg-api"
  location = var.location_rg_api
  tags = {
    "部門" = "デジタル推進室"
    "環境" = "本番"
  }
}

resource "azurestack_availability_set" "rg_api_as_api" {
  name                         = "as-api"
  resource_group_name          = azurestack_resource_group.rg_api.name
  location                     = azurestack_resource_group.rg_api.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_lb" "rg_api_lb_api" {
  name                = "lb-api"
  resource_group_name = azurestack_resource_group.rg_api.name
  location            = azurestack_resource_group.rg_api.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "fe-api"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-api"])
    private_ip_address            = "10.22.9.100"
    private_ip_address_allocation = "Static"
  }
}

resource "azurestack_lb_backend_address_pool" "rg_api_lb_api_be_api" {
  name            = "be-api"
  loadbalancer_id = azurestack_lb.rg_api_lb_api.id
}

resource "azurestack_lb_probe" "rg_api_lb_api_probe_https" {
  name                = "probe-https"
  resource_group_name = azurestack_resource_group.rg_api.name
  loadbalancer_id     = azurestack_lb.rg_api_lb_api.id
  protocol            = "Tcp"
  port                = 443
  interval_in_seconds = 10
  number_of_probes    = 2
}

resource "azurestack_lb_rule" "rg_api_lb_api_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_api.name
  loadbalancer_id                = azurestack_lb.rg_api_lb_api.id
  frontend_ip_configuration_name = "fe-api"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_api_lb_api_be_api.id
  probe_id                       = azurestack_lb_probe.rg_api_lb_api_probe_https.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
}

resource "azurestack_storage_account" "rg_api_stfabapidata01" {
  name                     = "stfabapidata01"
  resource_group_name      = azurestack_resource_group.rg_api.name
  location                 = azurestack_resource_group.rg_api.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
}

resource "azurestack_network_interface" "rg_api_api01_nic" {
  name                = "api01-nic"
  resource_group_name = azurestack_resource_group.rg_api.name
  location            = azurestack_resource_group.rg_api.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-api"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.9.4"
    primary                       = true
  }

  tags = {
    app   = "partner-api"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_api_api01_nic_lb_api_be_api" {
  network_interface_id    = azurestack_network_interface.rg_api_api01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_api_lb_api_be_api.id
}

resource "azurestack_linux_virtual_machine" "rg_api_api01" {
  name                            = "api01"
  resource_group_name             = azurestack_resource_group.rg_api.name
  location                        = azurestack_resource_group.rg_api.location
  size                            = "Standard_F2s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_api_api01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_api_api01_nic.id]
  availability_set_id             = azurestack_availability_set.rg_api_as_api.id

  os_disk {
    name                 = "api01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "partner-api"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_api_api02_nic" {
  name                = "api02-nic"
  resource_group_name = azurestack_resource_group.rg_api.name
  location            = azurestack_resource_group.rg_api.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-api"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.9.5"
    primary                       = true
  }

  tags = {
    app   = "partner-api"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_api_api02_nic_lb_api_be_api" {
  network_interface_id    = azurestack_network_interface.rg_api_api02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_api_lb_api_be_api.id
}

resource "azurestack_linux_virtual_machine" "rg_api_api02" {
  name                            = "api02"
  resource_group_name             = azurestack_resource_group.rg_api.name
  location                        = azurestack_resource_group.rg_api.location
  size                            = "Standard_F2s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_api_api02
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_api_api02_nic.id]
  availability_set_id             = azurestack_availability_set.rg_api_as_api.id

  os_disk {
    name                 = "api02-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "partner-api"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_resource_group" "rg_devtest" {
  name     = "rg-devtest"
  location = var.location_rg_devtest
  tags = {
    "部門" = "デジタル推進室"
    "環境" = "開発"
  }
}

resource "azurestack_network_interface" "rg_devtest_gitlab01_nic" {
  name                = "gitlab01-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.6"
    primary                       = true
  }

  tags = {
    app   = "source-control"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_devtest_gitlab01_repos" {
  name                 = "gitlab01-repos"
  resource_group_name  = azurestack_resource_group.rg_devtest.name
  location             = azurestack_resource_group.rg_devtest.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "source-control"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_devtest_gitlab01" {
  name                            = "gitlab01"
  resource_group_name             = azurestack_resource_group.rg_devtest.name
  location                        = azurestack_resource_group.rg_devtest.location
  size                            = "Standard_DS3_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_devtest_gitlab01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_devtest_gitlab01_nic.id]

  os_disk {
    name                 = "gitlab01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "source-control"
    owner = "digital-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_devtest_gitlab01_gitlab01_repos" {
  managed_disk_id    = azurestack_managed_disk.rg_devtest_gitlab01_repos.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_devtest_gitlab01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_devtest_build01_nic" {
  name                = "build01-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.4"
    primary                       = true
  }

  tags = {
    app   = "ci-build"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_managed_disk" "rg_devtest_build01_work" {
  name                 = "build01-work"
  resource_group_name  = azurestack_resource_group.rg_devtest.name
  location             = azurestack_resource_group.rg_devtest.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "ci-build"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_windows_virtual_machine" "rg_devtest_build01" {
  name                  = "build01"
  resource_group_name   = azurestack_resource_group.rg_devtest.name
  location              = azurestack_resource_group.rg_devtest.location
  size                  = "Standard_F8s_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_devtest_build01
  network_interface_ids = [azurestack_network_interface.rg_devtest_build01_nic.id]

  os_disk {
    name                 = "build01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }

  tags = {
    app   = "ci-build"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_devtest_build01_build01_work" {
  managed_disk_id    = azurestack_managed_disk.rg_devtest_build01_work.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_devtest_build01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_devtest_build02_nic" {
  name                = "build02-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.5"
    primary                       = true
  }

  tags = {
    app   = "ci-build"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_linux_virtual_machine" "rg_devtest_build02" {
  name                            = "build02"
  resource_group_name             = azurestack_resource_group.rg_devtest.name
  location                        = azurestack_resource_group.rg_devtest.location
  size                            = "Standard_F4s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_devtest_build02
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_devtest_build02_nic.id]

  os_disk {
    name                 = "build02-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "ci-build"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_network_interface" "rg_devtest_devsql01_nic" {
  name                = "devsql01-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.7"
    primary                       = true
  }

  tags = {
    app   = "dev-database"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_managed_disk" "rg_devtest_devsql01_data" {
  name                 = "devsql01-data"
  resource_group_name  = azurestack_resource_group.rg_devtest.name
  location             = azurestack_resource_group.rg_devtest.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "dev-database"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_managed_disk" "rg_devtest_devsql01_log" {
  name                 = "devsql01-log"
  resource_group_name  = azurestack_resource_group.rg_devtest.name
  location             = azurestack_resource_group.rg_devtest.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "dev-database"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_windows_virtual_machine" "rg_devtest_devsql01" {
  name                  = "devsql01"
  resource_group_name   = azurestack_resource_group.rg_devtest.name
  location              = azurestack_resource_group.rg_devtest.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_devtest_devsql01
  network_interface_ids = [azurestack_network_interface.rg_devtest_devsql01_nic.id]

  os_disk {
    name                 = "devsql01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftSQLServer"
    offer     = "sql2019-ws2019"
    sku       = "sqldev"
    version   = "latest"
  }

  tags = {
    app   = "dev-database"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_devtest_devsql01_devsql01_data" {
  managed_disk_id    = azurestack_managed_disk.rg_devtest_devsql01_data.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_devtest_devsql01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_devtest_devsql01_devsql01_log" {
  managed_disk_id    = azurestack_managed_disk.rg_devtest_devsql01_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_devtest_devsql01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_devtest_testweb01_nic" {
  name                = "testweb01-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.8"
    primary                       = true
  }

  tags = {
    app   = "test-web"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_windows_virtual_machine" "rg_devtest_testweb01" {
  name                  = "testweb01"
  resource_group_name   = azurestack_resource_group.rg_devtest.name
  location              = azurestack_resource_group.rg_devtest.location
  size                  = "Standard_A2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_devtest_testweb01
  network_interface_ids = [azurestack_network_interface.rg_devtest_testweb01_nic.id]

  os_disk {
    name                 = "testweb01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2019-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "test-web"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_network_interface" "rg_devtest_qa_app01_nic" {
  name                = "qa-app01-nic"
  resource_group_name = azurestack_resource_group.rg_devtest.name
  location            = azurestack_resource_group.rg_devtest.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "snet-dev"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.22.8.9"
    primary                       = true
  }

  tags = {
    app   = "qa"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_managed_disk" "rg_devtest_qa_app01_data" {
  name                 = "qa-app01-data"
  resource_group_name  = azurestack_resource_group.rg_devtest.name
  location             = azurestack_resource_group.rg_devtest.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "qa"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_linux_virtual_machine" "rg_devtest_qa_app01" {
  name                            = "qa-app01"
  resource_group_name             = azurestack_resource_group.rg_devtest.name
  location                        = azurestack_resource_group.rg_devtest.location
  size                            = "Standard_A4_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_devtest_qa_app01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_devtest_qa_app01_nic.id]

  os_disk {
    name                 = "qa-app01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "SUSE"
    offer     = "SLES-BYOS"
    sku       = "12-SP4"
    version   = "latest"
  }

  tags = {
    app   = "qa"
    owner = "digital-team"
    "環境"  = "開発"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_devtest_qa_app01_qa_app01_data" {
  managed_disk_id    = azurestack_managed_disk.rg_devtest_qa_app01_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_devtest_qa_app01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_digital_network" {
  name     = "rg-digital-network"
  location = var.location_rg_digital_network
  tags = {
    "部門" = "デジタル推進室"
  }
}

resource "azurestack_network_security_group" "rg_digital_network_nsg_aks" {
  name                = "nsg-aks"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location

  security_rule {
    name                       = "allow-apiserver"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-ssh-from-hub"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.20.2.0/24"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-nodeports-from-tenant"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "30000-32767"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "*"
  }
}

resource "azurestack_network_security_group" "rg_digital_network_nsg_dev" {
  name                = "nsg-dev"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location

  security_rule {
    name                       = "allow-ssh-from-hq"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-rdp-from-hq"
    priority                   = 105
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-git-from-tenant"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "10.22.8.6"
  }
}

resource "azurestack_network_security_group" "rg_digital_network_nsg_api" {
  name                = "nsg-api"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location

  security_rule {
    name                       = "allow-https-from-partners"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "10.22.9.0/24"
  }

  security_rule {
    name                       = "deny-internet-outbound"
    priority                   = 4000
    direction                  = "Outbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }
}

resource "azurestack_route_table" "rg_digital_network_rt_aks_prod" {
  name                          = "rt-aks-prod"
  resource_group_name           = azurestack_resource_group.rg_digital_network.name
  location                      = azurestack_resource_group.rg_digital_network.location
  disable_bgp_route_propagation = false

  route {
    name                   = "k8s-master-35064155-0-pods"
    address_prefix         = "10.244.0.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.3.239"
  }

  route {
    name                   = "k8s-master-35064155-1-pods"
    address_prefix         = "10.244.1.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.3.240"
  }

  route {
    name                   = "k8s-master-35064155-2-pods"
    address_prefix         = "10.244.2.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.3.241"
  }

  route {
    name                   = "k8s-linuxpool-35064155-0-pods"
    address_prefix         = "10.244.3.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.0.4"
  }

  route {
    name                   = "k8s-linuxpool-35064155-1-pods"
    address_prefix         = "10.244.4.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.0.5"
  }

  route {
    name                   = "k8s-linuxpool-35064155-2-pods"
    address_prefix         = "10.244.5.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.0.6"
  }

  route {
    name                   = "k8s-linuxpool-35064155-3-pods"
    address_prefix         = "10.244.6.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.0.7"
  }
}

resource "azurestack_route_table" "rg_digital_network_rt_aks_dev" {
  name                = "rt-aks-dev"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location

  route {
    name                   = "k8s-master-81733221-0-pods"
    address_prefix         = "10.245.0.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.7.239"
  }

  route {
    name                   = "k8s-linuxpool-81733221-0-pods"
    address_prefix         = "10.245.1.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.4.4"
  }

  route {
    name                   = "k8s-linuxpool-81733221-1-pods"
    address_prefix         = "10.245.2.0/24"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.22.4.5"
  }
}

resource "azurestack_public_ip" "rg_digital_network_pip_vgw_digital" {
  name                = "pip-vgw-digital"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location
  allocation_method   = "Dynamic"
}

resource "azurestack_virtual_network" "rg_digital_network_vnet_digital" {
  name                = "vnet-digital"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location
  address_space       = ["10.22.0.0/16"]
  dns_servers         = ["10.20.1.4", "10.20.1.5"]

  subnet {
    name           = "snet-aks-prod"
    address_prefix = "10.22.0.0/22"
    security_group = azurestack_network_security_group.rg_digital_network_nsg_aks.id
  }

  subnet {
    name           = "snet-aks-dev"
    address_prefix = "10.22.4.0/22"
    security_group = azurestack_network_security_group.rg_digital_network_nsg_aks.id
  }

  subnet {
    name           = "snet-dev"
    address_prefix = "10.22.8.0/24"
    security_group = azurestack_network_security_group.rg_digital_network_nsg_dev.id
  }

  subnet {
    name           = "snet-api"
    address_prefix = "10.22.9.0/24"
    security_group = azurestack_network_security_group.rg_digital_network_nsg_api.id
  }

  subnet {
    name           = "GatewaySubnet"
    address_prefix = "10.22.255.0/27"
  }
}

resource "azurestack_virtual_network_gateway" "rg_digital_network_vgw_digital" {
  name                = "vgw-digital"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "Standard"

  ip_configuration {
    name                          = "gwipconfig1"
    public_ip_address_id          = azurestack_public_ip.rg_digital_network_pip_vgw_digital.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_digital_network_vnet_digital.subnet : s.id if s.name == "GatewaySubnet"])
  }
}

resource "azurestack_local_network_gateway" "rg_digital_network_lgw_vnet_hub" {
  name                = "lgw-vnet-hub"
  resource_group_name = azurestack_resource_group.rg_digital_network.name
  location            = azurestack_resource_group.rg_digital_network.location
  gateway_address     = "203.0.113.50"
  address_space       = ["10.20.0.0/16", "10.21.0.0/16", "192.168.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_digital_network_cn_digital_hub" {
  name                       = "cn-digital-hub"
  resource_group_name        = azurestack_resource_group.rg_digital_network.name
  location                   = azurestack_resource_group.rg_digital_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_digital_network_vgw_digital.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_digital_network_lgw_vnet_hub.id
  shared_key                 = var.shared_key_rg_digital_network_cn_digital_hub
}

resource "azurestack_storage_account" "rg_digital_network_stfabdigitaldiag01" {
  name                     = "stfabdigitaldiag01"
  resource_group_name      = azurestack_resource_group.rg_digital_network.name
  location                 = azurestack_resource_group.rg_digital_network.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
}
