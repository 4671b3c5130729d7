data "azurestack_client_config" "current" {}

resource "azurestack_resource_group" "rg_identity" {
  name     = "rg-identity"
  location = var.location_rg_identity
}

resource "azurestack_availability_set" "rg_identity_as_dc" {
  name                         = "as-dc"
  resource_group_name          = azurestack_resource_group.rg_identity.name
  location                     = azurestack_resource_group.rg_identity.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_network_interface" "rg_identity_dc01_nic" {
  name                = "dc01-nic"
  resource_group_name = azurestack_resource_group.rg_identity.name
  location            = azurestack_resource_group.rg_identity.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.1.4"
    primary                       = true
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_managed_disk" "rg_identity_dc01_ntds" {
  name                 = "dc01-ntds"
  resource_group_name  = azurestack_resource_group.rg_identity.name
  location             = azurestack_resource_group.rg_identity.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 32
  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_dc01" {
  name                  = "dc01"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_DS2_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_identity_dc01
  network_interface_ids = [azurestack_network_interface.rg_identity_dc01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_identity_as_dc.id

  os_disk {
    name                 = "dc01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2019-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_identity_dc01_dc01_ntds" {
  managed_disk_id    = azurestack_managed_disk.rg_identity_dc01_ntds.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_identity_dc01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_identity_dc02_nic" {
  name                = "dc02-nic"
  resource_group_name = azurestack_resource_group.rg_identity.name
  location            = azurestack_resource_group.rg_identity.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.1.5"
    primary                       = true
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_managed_disk" "rg_identity_dc02_ntds" {
  name                 = "dc02-ntds"
  resource_group_name  = azurestack_resource_group.rg_identity.name
  location             = azurestack_resource_group.rg_identity.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 32
  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_dc02" {
  name                  = "dc02"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_DS2_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_identity_dc02
  network_interface_ids = [azurestack_network_interface.rg_identity_dc02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_identity_as_dc.id

  os_disk {
    name                 = "dc02-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2019-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_identity_dc02_dc02_ntds" {
  managed_disk_id    = azurestack_managed_disk.rg_identity_dc02_ntds.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_identity_dc02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_data" {
  name     = "rg-data"
  location = var.location_rg_data
}

resource "azurestack_storage_account" "rg_data_stcontosoprod01" {
  name                     = "stcontosoprod01"
  resource_group_name      = azurestack_resource_group.rg_data.name
  location                 = azurestack_resource_group.rg_data.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
}

resource "azurestack_key_vault" "rg_data_kv_contoso_prod" {
  name                            = "kv-contoso-prod"
  resource_group_name             = azurestack_resource_group.rg_data.name
  location                        = azurestack_resource_group.rg_data.location
  sku_name                        = "standard"
  tenant_id                       = data.azurestack_client_config.current.tenant_id
  enabled_for_deployment          = true
  enabled_for_template_deployment = true
}

resource "azurestack_network_interface" "rg_data_sql01_nic" {
  name                = "sql01-nic"
  resource_group_name = azurestack_resource_group.rg_data.name
  location            = azurestack_resource_group.rg_data.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.2.4"
    primary                       = true
  }

  tags = {
    app   = "erp"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_data_sql01_data" {
  name                 = "sql01-data"
  resource_group_name  = azurestack_resource_group.rg_data.name
  location             = azurestack_resource_group.rg_data.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "erp"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_data_sql01_log" {
  name                 = "sql01-log"
  resource_group_name  = azurestack_resource_group.rg_data.name
  location             = azurestack_resource_group.rg_data.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "erp"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_data_sql01_tempdb" {
  name                 = "sql01-tempdb"
  resource_group_name  = azurestack_resource_group.rg_data.name
  location             = azurestack_resource_group.rg_data.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "erp"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_data_sql01" {
  name                  = "sql01"
  resource_group_name   = azurestack_resource_group.rg_data.name
  location              = azurestack_resource_group.rg_data.location
  size                  = "Standard_DS4_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_data_sql01
  network_interface_ids = [azurestack_network_interface.rg_data_sql01_nic.id]

  os_disk {
    name                 = "sql01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftSQLServer"
    offer     = "sql2019-ws2019"
    sku       = "standard"
    version   = "latest"
  }

  tags = {
    app   = "erp"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_data_sql01_sql01_data" {
  managed_disk_id    = azurestack_managed_disk.rg_data_sql01_data.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_data_sql01.id
  lun                = 0
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_data_sql01_sql01_log" {
  managed_disk_id    = azurestack_managed_disk.rg_data_sql01_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_data_sql01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_data_sql01_sql01_tempdb" {
  managed_disk_id    = azurestack_managed_disk.rg_data_sql01_tempdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_data_sql01.id
  lun                = 2
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_data_fs01_nic" {
  name                = "fs01-nic"
  resource_group_name = azurestack_resource_group.rg_data.name
  location            = azurestack_resource_group.rg_data.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.2.10"
    primary                       = true
  }

  tags = {
    app   = "file-shares"
    owner = "infra-team"
  }
}

resource "azurestack_managed_disk" "rg_data_fs01_shares" {
  name                 = "fs01-shares"
  resource_group_name  = azurestack_resource_group.rg_data.name
  location             = azurestack_resource_group.rg_data.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "file-shares"
    owner = "infra-team"
  }
}

resource "azurestack_windows_virtual_machine" "rg_data_fs01" {
  name                  = "fs01"
  resource_group_name   = azurestack_resource_group.rg_data.name
  location              = azurestack_resource_group.rg_data.location
  size                  = "Standard_DS3_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_data_fs01
  network_interface_ids = [azurestack_network_interface.rg_data_fs01_nic.id]

  os_disk {
    name                 = "fs01-osdisk"
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
    app   = "file-shares"
    owner = "infra-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_data_fs01_fs01_shares" {
  managed_disk_id    = azurestack_managed_disk.rg_data_fs01_shares.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_data_fs01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_web" {
  name     = "rg-web"
  location = var.location_rg_web
}

resource "azurestack_availability_set" "rg_web_as_web" {
  name                         = "as-web"
  resource_group_name          = azurestack_resource_group.rg_web.name
  location                     = azurestack_resource_group.rg_web.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_public_ip" "rg_web_pip_lb_web" {
  name                = "pip-lb-web"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  allocation_method   = "Static"
  domain_name_label   = "contoso-shop"
}

resource "azurestack_lb" "rg_web_lb_web" {
  name                = "lb-web"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "fe-web"
    public_ip_address_id = azurestack_public_ip.rg_web_pip_lb_web.id
  }
}

resource "azurestack_lb_backend_address_pool" "rg_web_lb_web_be_web" {
  name            = "be-web"
  loadbalancer_id = azurestack_lb.rg_web_lb_web.id
}

resource "azurestack_lb_probe" "rg_web_lb_web_probe_http" {
  name                = "probe-http"
  resource_group_name = azurestack_resource_group.rg_web.name
  loadbalancer_id     = azurestack_lb.rg_web_lb_web.id
  protocol            = "Http"
  port                = 80
  request_path        = "/health"
  interval_in_seconds = 15
  number_of_probes    = 2
}

resource "azurestack_lb_rule" "rg_web_lb_web_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_web.name
  loadbalancer_id                = azurestack_lb.rg_web_lb_web.id
  frontend_ip_configuration_name = "fe-web"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_web_lb_web_be_web.id
  probe_id                       = azurestack_lb_probe.rg_web_lb_web_probe_http.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  idle_timeout_in_minutes        = 4
}

resource "azurestack_lb_rule" "rg_web_lb_web_rule_http" {
  name                           = "rule-http"
  resource_group_name            = azurestack_resource_group.rg_web.name
  loadbalancer_id                = azurestack_lb.rg_web_lb_web.id
  frontend_ip_configuration_name = "fe-web"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_web_lb_web_be_web.id
  probe_id                       = azurestack_lb_probe.rg_web_lb_web_probe_http.id
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
}

resource "azurestack_network_interface" "rg_web_web01_nic" {
  name                = "web01-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.3.4"
    primary                       = true
  }

  tags = {
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web01_nic_lb_web_be_web" {
  network_interface_id    = azurestack_network_interface.rg_web_web01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_web_be_web.id
}

resource "azurestack_managed_disk" "rg_web_web01_content" {
  name                 = "web01-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web01" {
  name                  = "web01"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_web_web01
  network_interface_ids = [azurestack_network_interface.rg_web_web01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_web.id

  os_disk {
    name                 = "web01-osdisk"
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
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web01_web01_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web01_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_web02_nic" {
  name                = "web02-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.3.5"
    primary                       = true
  }

  tags = {
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web02_nic_lb_web_be_web" {
  network_interface_id    = azurestack_network_interface.rg_web_web02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_web_be_web.id
}

resource "azurestack_managed_disk" "rg_web_web02_content" {
  name                 = "web02-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web02" {
  name                  = "web02"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "contosoadmin"
  admin_password        = var.admin_password_rg_web_web02
  network_interface_ids = [azurestack_network_interface.rg_web_web02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_web.id

  os_disk {
    name                 = "web02-osdisk"
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
    app   = "storefront"
    owner = "web-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web02_web02_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web02_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_app01_nic" {
  name                = "app01-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.10.4.4"
    primary                       = true
  }

  tags = {
    app   = "storefront-api"
    owner = "app-team"
  }
}

resource "azurestack_managed_disk" "rg_web_app01_data" {
  name                 = "app01-data"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "storefront-api"
    owner = "app-team"
  }
}

resource "azurestack_linux_virtual_machine" "rg_web_app01" {
  name                            = "app01"
  resource_group_name             = azurestack_resource_group.rg_web.name
  location                        = azurestack_resource_group.rg_web.location
  size                            = "Standard_DS3_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_web_app01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_web_app01_nic.id]

  os_disk {
    name                 = "app01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 30
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-focal"
    sku       = "20_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "storefront-api"
    owner = "app-team"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_app01_app01_data" {
  managed_disk_id    = azurestack_managed_disk.rg_web_app01_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_web_app01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_network" {
  name     = "rg-network"
  location = var.location_rg_network
}

resource "azurestack_network_security_group" "rg_network_nsg_identity" {
  name                = "nsg-identity"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location

  security_rule {
    # description: AD DS, DNS and Kerberos from the tenant network
    name                       = "allow-ad-from-vnet"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-ad-from-onprem"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "*"
  }
}

resource "azurestack_network_security_group" "rg_network_nsg_data" {
  name                = "nsg-data"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location

  security_rule {
    name                       = "allow-sql-from-web-app"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "1433"
    source_address_prefix      = "10.10.3.0/23"
    destination_address_prefix = "10.10.2.4"
  }

  security_rule {
    name                       = "allow-smb-from-vnet"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "445"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "10.10.2.10"
  }

  security_rule {
    name                       = "allow-api-from-web"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8080"
    source_address_prefix      = "10.10.3.0/24"
    destination_address_prefix = "10.10.4.0/24"
  }
}

resource "azurestack_network_security_group" "rg_network_nsg_web" {
  name                = "nsg-web"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location

  security_rule {
    name                       = "allow-https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-http"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "80"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurestack_route_table" "rg_network_rt_prod" {
  name                = "rt-prod"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location

  route {
    name           = "to-onprem"
    address_prefix = "192.168.0.0/16"
    next_hop_type  = "VirtualNetworkGateway"
  }
}

resource "azurestack_public_ip" "rg_network_pip_vgw_prod" {
  name                = "pip-vgw-prod"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location
  allocation_method   = "Dynamic"
}

resource "azurestack_virtual_network" "rg_network_vnet_prod" {
  name                = "vnet-prod"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location
  address_space       = ["10.10.0.0/16"]
  dns_servers         = ["10.10.1.4", "10.10.1.5"]

  subnet {
    name           = "snet-identity"
    address_prefix = "10.10.1.0/24"
    security_group = azurestack_network_security_group.rg_network_nsg_identity.id
  }

  subnet {
    name           = "snet-data"
    address_prefix = "10.10.2.0/24"
    security_group = azurestack_network_security_group.rg_network_nsg_data.id
  }

  subnet {
    name           = "snet-web"
    address_prefix = "10.10.3.0/24"
    security_group = azurestack_network_security_group.rg_network_nsg_web.id
  }

  subnet {
    name           = "snet-app"
    address_prefix = "10.10.4.0/24"
    security_group = azurestack_network_security_group.rg_network_nsg_data.id
  }

  subnet {
    name           = "GatewaySubnet"
    address_prefix = "10.10.255.0/27"
  }
}

resource "azurestack_virtual_network_gateway" "rg_network_vgw_prod" {
  name                = "vgw-prod"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "Standard"

  ip_configuration {
    name                          = "gwipconfig1"
    public_ip_address_id          = azurestack_public_ip.rg_network_pip_vgw_prod.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_network_vnet_prod.subnet : s.id if s.name == "GatewaySubnet"])
  }
}

resource "azurestack_local_network_gateway" "rg_network_lgw_osaka_dc" {
  name                = "lgw-osaka-dc"
  resource_group_name = azurestack_resource_group.rg_network.name
  location            = azurestack_resource_group.rg_network.location
  gateway_address     = "198.51.100.10"
  address_space       = ["192.168.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_network_cn_osaka_dc" {
  name                       = "cn-osaka-dc"
  resource_group_name        = azurestack_resource_group.rg_network.name
  location                   = azurestack_resource_group.rg_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_network_vgw_prod.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_network_lgw_osaka_dc.id
  shared_key                 = var.shared_key_rg_network_cn_osaka_dc
}
