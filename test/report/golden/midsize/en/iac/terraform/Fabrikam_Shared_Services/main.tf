data "azurestack_client_config" "current" {}

resource "azurestack_resource_group" "rg_identity" {
  name     = "rg-identity"
  location = var.location_rg_identity
  tags = {
    "部門"       = "情報システム部"
    costCenter = "IT-1000"
  }
}

resource "azurestack_availability_set" "rg_identity_as_dc" {
  name                         = "as-dc"
  resource_group_name          = azurestack_resource_group.rg_identity.name
  location                     = azurestack_resource_group.rg_identity.location
  platform_fault_domain_count  = 3
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_network_interface" "rg_identity_dc01_nic" {
  name                = "dc01-nic"
  resource_group_name = azurestack_resource_group.rg_identity.name
  location            = azurestack_resource_group.rg_identity.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.1.4"
    primary                       = true
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
    "環境"  = "本番"
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
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_dc01" {
  name                  = "dc01"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
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
    "環境"  = "本番"
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
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.1.5"
    primary                       = true
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
    "環境"  = "本番"
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
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_dc02" {
  name                  = "dc02"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
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
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_identity_dc02_dc02_ntds" {
  managed_disk_id    = azurestack_managed_disk.rg_identity_dc02_ntds.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_identity_dc02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_identity_dc03_nic" {
  name                = "dc03-nic"
  resource_group_name = azurestack_resource_group.rg_identity.name
  location            = azurestack_resource_group.rg_identity.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.1.6"
    primary                       = true
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_identity_dc03_ntds" {
  name                 = "dc03-ntds"
  resource_group_name  = azurestack_resource_group.rg_identity.name
  location             = azurestack_resource_group.rg_identity.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 32
  tags = {
    app   = "identity"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_dc03" {
  name                  = "dc03"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_DS1_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_identity_dc03
  network_interface_ids = [azurestack_network_interface.rg_identity_dc03_nic.id]
  availability_set_id   = azurestack_availability_set.rg_identity_as_dc.id

  os_disk {
    name                 = "dc03-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-core"
    version   = "latest"
  }

  tags = {
    app   = "identity"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_identity_dc03_dc03_ntds" {
  managed_disk_id    = azurestack_managed_disk.rg_identity_dc03_ntds.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_identity_dc03.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_identity_pki01_nic" {
  name                = "pki01-nic"
  resource_group_name = azurestack_resource_group.rg_identity.name
  location            = azurestack_resource_group.rg_identity.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-identity"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.1.10"
    primary                       = true
  }

  tags = {
    app   = "pki"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "認証局"
  }
}

resource "azurestack_managed_disk" "rg_identity_pki01_certdb" {
  name                 = "pki01-certdb"
  resource_group_name  = azurestack_resource_group.rg_identity.name
  location             = azurestack_resource_group.rg_identity.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 32
  tags = {
    app   = "pki"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "認証局"
  }
}

resource "azurestack_windows_virtual_machine" "rg_identity_pki01" {
  name                  = "pki01"
  resource_group_name   = azurestack_resource_group.rg_identity.name
  location              = azurestack_resource_group.rg_identity.location
  size                  = "Standard_A2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_identity_pki01
  network_interface_ids = [azurestack_network_interface.rg_identity_pki01_nic.id]

  os_disk {
    name                 = "pki01-osdisk"
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
    app   = "pki"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "認証局"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_identity_pki01_pki01_certdb" {
  managed_disk_id    = azurestack_managed_disk.rg_identity_pki01_certdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_identity_pki01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_management" {
  name     = "rg-management"
  location = var.location_rg_management
  tags = {
    "部門"       = "情報システム部"
    costCenter = "IT-1000"
  }
}

resource "azurestack_availability_set" "rg_management_as_jump" {
  name                         = "as-jump"
  resource_group_name          = azurestack_resource_group.rg_management.name
  location                     = azurestack_resource_group.rg_management.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_network_security_group" "rg_management_nsg_bastion01" {
  name                = "nsg-bastion01"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  security_rule {
    # description: Vendor support network only
    name                       = "allow-ssh-from-vendor"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "198.51.100.0/24"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-all-inbound"
    priority                   = 4096
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurestack_public_ip" "rg_management_pip_bastion01" {
  name                = "pip-bastion01"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location
  allocation_method   = "Static"
  sku                 = "Basic"
}

resource "azurestack_storage_account" "rg_management_stfabdiagshared01" {
  name                     = "stfabdiagshared01"
  resource_group_name      = azurestack_resource_group.rg_management.name
  location                 = azurestack_resource_group.rg_management.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
  tags = {
    "用途" = "ブート診断"
  }
}

resource "azurestack_key_vault" "rg_management_kv_fab_shared" {
  name                            = "kv-fab-shared"
  resource_group_name             = azurestack_resource_group.rg_management.name
  location                        = azurestack_resource_group.rg_management.location
  sku_name                        = "standard"
  tenant_id                       = data.azurestack_client_config.current.tenant_id
  enabled_for_deployment          = true
  enabled_for_template_deployment = true
}

resource "azurestack_network_interface" "rg_management_jump01_nic" {
  name                = "jump01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.4"
    primary                       = true
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_management_jump01" {
  name                  = "jump01"
  resource_group_name   = azurestack_resource_group.rg_management.name
  location              = azurestack_resource_group.rg_management.location
  size                  = "Standard_A4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_management_jump01
  network_interface_ids = [azurestack_network_interface.rg_management_jump01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_management_as_jump.id

  os_disk {
    name                 = "jump01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_management_jump02_nic" {
  name                = "jump02-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.5"
    primary                       = true
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_management_jump02" {
  name                  = "jump02"
  resource_group_name   = azurestack_resource_group.rg_management.name
  location              = azurestack_resource_group.rg_management.location
  size                  = "Standard_A4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_management_jump02
  network_interface_ids = [azurestack_network_interface.rg_management_jump02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_management_as_jump.id

  os_disk {
    name                 = "jump02-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_management_bastion01_nic" {
  name                = "bastion01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.6"
    public_ip_address_id          = azurestack_public_ip.rg_management_pip_bastion01.id
    primary                       = true
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_management_bastion01" {
  name                            = "bastion01"
  resource_group_name             = azurestack_resource_group.rg_management.name
  location                        = azurestack_resource_group.rg_management.location
  size                            = "Standard_A1_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_management_bastion01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_management_bastion01_nic.id]

  os_disk {
    name                 = "bastion01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 30
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "jump-host"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_management_wsus01_nic" {
  name                = "wsus01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.10"
    primary                       = true
  }

  tags = {
    app   = "patching"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_management_wsus01_content" {
  name                 = "wsus01-content"
  resource_group_name  = azurestack_resource_group.rg_management.name
  location             = azurestack_resource_group.rg_management.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "patching"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_management_wsus01" {
  name                  = "wsus01"
  resource_group_name   = azurestack_resource_group.rg_management.name
  location              = azurestack_resource_group.rg_management.location
  size                  = "Standard_D2_v3"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_management_wsus01
  network_interface_ids = [azurestack_network_interface.rg_management_wsus01_nic.id]

  os_disk {
    name                 = "wsus01-osdisk"
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
    app   = "patching"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_management_wsus01_wsus01_content" {
  managed_disk_id    = azurestack_managed_disk.rg_management_wsus01_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_management_wsus01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_management_mon01_nic" {
  name                = "mon01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.11"
    primary                       = true
  }

  tags = {
    app   = "monitoring"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_management_mon01_tsdb" {
  name                 = "mon01-tsdb"
  resource_group_name  = azurestack_resource_group.rg_management.name
  location             = azurestack_resource_group.rg_management.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "monitoring"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_management_mon01" {
  name                            = "mon01"
  resource_group_name             = azurestack_resource_group.rg_management.name
  location                        = azurestack_resource_group.rg_management.location
  size                            = "Standard_DS2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_management_mon01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_management_mon01_nic.id]

  os_disk {
    name                 = "mon01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 30
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "monitoring"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_management_mon01_mon01_tsdb" {
  managed_disk_id    = azurestack_managed_disk.rg_management_mon01_tsdb.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_management_mon01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_management_bkp01_nic" {
  name                = "bkp01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-backup"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.3.4"
    primary                       = true
  }

  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_management_bkp01_mgmt_nic" {
  name                = "bkp01-mgmt-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-management"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.2.20"
    primary                       = true
  }

  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_management_bkp01_config" {
  name                 = "bkp01-config"
  resource_group_name  = azurestack_resource_group.rg_management.name
  location             = azurestack_resource_group.rg_management.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_management_bkp01_cache" {
  name                 = "bkp01-cache"
  resource_group_name  = azurestack_resource_group.rg_management.name
  location             = azurestack_resource_group.rg_management.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_management_bkp01" {
  name                  = "bkp01"
  resource_group_name   = azurestack_resource_group.rg_management.name
  location              = azurestack_resource_group.rg_management.location
  size                  = "Standard_DS4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_management_bkp01
  network_interface_ids = [azurestack_network_interface.rg_management_bkp01_nic.id, azurestack_network_interface.rg_management_bkp01_mgmt_nic.id]

  os_disk {
    name                 = "bkp01-osdisk"
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
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_management_bkp01_bkp01_config" {
  managed_disk_id    = azurestack_managed_disk.rg_management_bkp01_config.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_management_bkp01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_management_bkp01_bkp01_cache" {
  managed_disk_id    = azurestack_managed_disk.rg_management_bkp01_cache.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_management_bkp01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_management_wanacc01_nic" {
  name                = "wanacc01-nic"
  resource_group_name = azurestack_resource_group.rg_management.name
  location            = azurestack_resource_group.rg_management.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "snet-backup"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.20.3.5"
    primary                       = true
  }

  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "WANアクセラレータ"
  }
}

resource "azurestack_managed_disk" "rg_management_wanacc01_wancache" {
  name                 = "wanacc01-wancache"
  resource_group_name  = azurestack_resource_group.rg_management.name
  location             = azurestack_resource_group.rg_management.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "WANアクセラレータ"
  }
}

resource "azurestack_windows_virtual_machine" "rg_management_wanacc01" {
  name                  = "wanacc01"
  resource_group_name   = azurestack_resource_group.rg_management.name
  location              = azurestack_resource_group.rg_management.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_management_wanacc01
  network_interface_ids = [azurestack_network_interface.rg_management_wanacc01_nic.id]

  os_disk {
    name                 = "wanacc01-osdisk"
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
    app   = "backup"
    owner = "infra-team"
    "環境"  = "本番"
    "役割"  = "WANアクセラレータ"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_management_wanacc01_wanacc01_wancache" {
  managed_disk_id    = azurestack_managed_disk.rg_management_wanacc01_wancache.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_management_wanacc01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_hub_network" {
  name     = "rg-hub-network"
  location = var.location_rg_hub_network
  tags = {
    "部門"       = "情報システム部"
    costCenter = "IT-1000"
  }
}

resource "azurestack_network_security_group" "rg_hub_network_nsg_identity" {
  name                = "nsg-identity"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location

  security_rule {
    # description: AD DS, DNS, Kerberos and LDAP from all tenant networks
    name                       = "allow-ad-from-tenant"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "10.20.1.0/24"
  }

  security_rule {
    name                       = "allow-ad-from-hq"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "10.20.1.0/24"
  }

  security_rule {
    name                       = "deny-internet"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurestack_network_security_group" "rg_hub_network_nsg_management" {
  name                = "nsg-management"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location

  security_rule {
    name                       = "allow-rdp-from-hq"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "10.20.2.0/24"
  }

  security_rule {
    name                       = "allow-ssh-from-internet-to-bastion"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "198.51.100.0/24"
    destination_address_prefix = "10.20.2.6"
  }

  security_rule {
    name                       = "allow-wsus-from-tenant"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8530-8531"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "10.20.2.10"
  }
}

resource "azurestack_network_security_group" "rg_hub_network_nsg_backup" {
  name                = "nsg-backup"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location

  security_rule {
    # description: Backup data movers
    name                       = "allow-agents-to-vbr"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "2500-3300"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "10.20.3.0/24"
  }

  security_rule {
    name                       = "allow-console-from-jump"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9392"
    source_address_prefix      = "10.20.2.0/24"
    destination_address_prefix = "10.20.3.4"
  }

  security_rule {
    # description: Backup copy to the Osaka stamp
    name                       = "allow-copy-to-osaka"
    priority                   = 100
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "10.20.3.0/24"
    destination_address_prefix = "172.16.0.0/16"
  }
}

resource "azurestack_route_table" "rg_hub_network_rt_hub" {
  name                          = "rt-hub"
  resource_group_name           = azurestack_resource_group.rg_hub_network.name
  location                      = azurestack_resource_group.rg_hub_network.location
  disable_bgp_route_propagation = false

  route {
    name           = "to-hq-tokyo"
    address_prefix = "192.168.0.0/16"
    next_hop_type  = "VirtualNetworkGateway"
  }

  route {
    name           = "to-dc-osaka"
    address_prefix = "172.16.0.0/16"
    next_hop_type  = "VirtualNetworkGateway"
  }
}

resource "azurestack_public_ip" "rg_hub_network_pip_vgw_hub" {
  name                = "pip-vgw-hub"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  allocation_method   = "Dynamic"
}

resource "azurestack_virtual_network" "rg_hub_network_vnet_hub" {
  name                = "vnet-hub"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  address_space       = ["10.20.0.0/16"]
  dns_servers         = ["10.20.1.4", "10.20.1.5"]

  subnet {
    name           = "snet-identity"
    address_prefix = "10.20.1.0/24"
    security_group = azurestack_network_security_group.rg_hub_network_nsg_identity.id
  }

  subnet {
    name           = "snet-management"
    address_prefix = "10.20.2.0/24"
    security_group = azurestack_network_security_group.rg_hub_network_nsg_management.id
  }

  subnet {
    name           = "snet-backup"
    address_prefix = "10.20.3.0/24"
    security_group = azurestack_network_security_group.rg_hub_network_nsg_backup.id
  }

  subnet {
    name           = "GatewaySubnet"
    address_prefix = "10.20.255.0/27"
  }
}

resource "azurestack_virtual_network_gateway" "rg_hub_network_vgw_hub" {
  name                = "vgw-hub"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "HighPerformance"

  ip_configuration {
    name                          = "gwipconfig1"
    public_ip_address_id          = azurestack_public_ip.rg_hub_network_pip_vgw_hub.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_hub_network_vnet_hub.subnet : s.id if s.name == "GatewaySubnet"])
  }
}

resource "azurestack_local_network_gateway" "rg_hub_network_lgw_hq_tokyo" {
  name                = "lgw-hq-tokyo"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  gateway_address     = "198.51.100.10"
  address_space       = ["192.168.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_hub_network_cn_hub_hq_tokyo" {
  name                       = "cn-hub-hq-tokyo"
  resource_group_name        = azurestack_resource_group.rg_hub_network.name
  location                   = azurestack_resource_group.rg_hub_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_hub_network_vgw_hub.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_hub_network_lgw_hq_tokyo.id
  shared_key                 = var.shared_key_rg_hub_network_cn_hub_hq_tokyo
}

resource "azurestack_local_network_gateway" "rg_hub_network_lgw_dc_osaka" {
  name                = "lgw-dc-osaka"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  gateway_address     = "198.51.100.20"
  address_space       = ["172.16.0.0/16"]
  tags = {
    "接続先" = "大阪データセンター"
  }
}

resource "azurestack_virtual_network_gateway_connection" "rg_hub_network_cn_hub_dc_osaka" {
  name                       = "cn-hub-dc-osaka"
  resource_group_name        = azurestack_resource_group.rg_hub_network.name
  location                   = azurestack_resource_group.rg_hub_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_hub_network_vgw_hub.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_hub_network_lgw_dc_osaka.id
  shared_key                 = var.shared_key_rg_hub_network_cn_hub_dc_osaka
  tags = {
    "接続先" = "大阪データセンター"
  }
}

resource "azurestack_local_network_gateway" "rg_hub_network_lgw_vnet_prod" {
  name                = "lgw-vnet-prod"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  gateway_address     = "203.0.113.51"
  address_space       = ["10.21.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_hub_network_cn_hub_prod" {
  name                       = "cn-hub-prod"
  resource_group_name        = azurestack_resource_group.rg_hub_network.name
  location                   = azurestack_resource_group.rg_hub_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_hub_network_vgw_hub.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_hub_network_lgw_vnet_prod.id
  shared_key                 = var.shared_key_rg_hub_network_cn_hub_prod
}

resource "azurestack_local_network_gateway" "rg_hub_network_lgw_vnet_digital" {
  name                = "lgw-vnet-digital"
  resource_group_name = azurestack_resource_group.rg_hub_network.name
  location            = azurestack_resource_group.rg_hub_network.location
  gateway_address     = "203.0.113.52"
  address_space       = ["10.22.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_hub_network_cn_hub_digital" {
  name                       = "cn-hub-digital"
  resource_group_name        = azurestack_resource_group.rg_hub_network.name
  location                   = azurestack_resource_group.rg_hub_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_hub_network_vgw_hub.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_hub_network_lgw_vnet_digital.id
  shared_key                 = var.shared_key_rg_hub_network_cn_hub_digital
}
