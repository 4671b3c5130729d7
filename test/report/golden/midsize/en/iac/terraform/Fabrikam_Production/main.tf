data "azurestack_client_config" "current" {}

resource "azurestack_resource_group" "rg_sql" {
  name     = "rg-sql"
  location = var.location_rg_sql
  tags = {
    "部門"   = "情報システム部"
    "システム" = "基幹データベース"
  }
}

resource "azurestack_availability_set" "rg_sql_as_sqlcl" {
  name                         = "as-sqlcl"
  resource_group_name          = azurestack_resource_group.rg_sql.name
  location                     = azurestack_resource_group.rg_sql.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_lb" "rg_sql_lb_sqlag" {
  name                = "lb-sqlag"
  resource_group_name = azurestack_resource_group.rg_sql.name
  location            = azurestack_resource_group.rg_sql.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "fe-sqlag-listener"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address            = "10.21.3.100"
    private_ip_address_allocation = "Static"
  }
}

resource "azurestack_lb_backend_address_pool" "rg_sql_lb_sqlag_be_sqlag" {
  name            = "be-sqlag"
  loadbalancer_id = azurestack_lb.rg_sql_lb_sqlag.id
}

resource "azurestack_lb_probe" "rg_sql_lb_sqlag_probe_ag" {
  name                = "probe-ag"
  resource_group_name = azurestack_resource_group.rg_sql.name
  loadbalancer_id     = azurestack_lb.rg_sql_lb_sqlag.id
  protocol            = "Tcp"
  port                = 59999
  interval_in_seconds = 5
  number_of_probes    = 2
}

resource "azurestack_lb_rule" "rg_sql_lb_sqlag_rule_sql" {
  name                           = "rule-sql"
  resource_group_name            = azurestack_resource_group.rg_sql.name
  loadbalancer_id                = azurestack_lb.rg_sql_lb_sqlag.id
  frontend_ip_configuration_name = "fe-sqlag-listener"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_sql_lb_sqlag_be_sqlag.id
  probe_id                       = azurestack_lb_probe.rg_sql_lb_sqlag_probe_ag.id
  protocol                       = "Tcp"
  frontend_port                  = 1433
  backend_port                   = 1433
  idle_timeout_in_minutes        = 4
  enable_floating_ip             = true
}

resource "azurestack_storage_account" "rg_sql_stfabsqlbackup01" {
  name                     = "stfabsqlbackup01"
  resource_group_name      = azurestack_resource_group.rg_sql.name
  location                 = azurestack_resource_group.rg_sql.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
  tags = {
    "用途" = "SQLネイティブバックアップ(スタンプ内)"
  }
}

resource "azurestack_network_interface" "rg_sql_sqlcl01a_nic" {
  name                = "sqlcl01a-nic"
  resource_group_name = azurestack_resource_group.rg_sql.name
  location            = azurestack_resource_group.rg_sql.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.4"
    primary                       = true
  }

  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_sql_sqlcl01a_nic_lb_sqlag_be_sqlag" {
  network_interface_id    = azurestack_network_interface.rg_sql_sqlcl01a_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_sql_lb_sqlag_be_sqlag.id
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01a_data01" {
  name                 = "sqlcl01a-data01"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01a_log" {
  name                 = "sqlcl01a-log"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01a_tempdb" {
  name                 = "sqlcl01a-tempdb"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_windows_virtual_machine" "rg_sql_sqlcl01a" {
  name                  = "sqlcl01a"
  resource_group_name   = azurestack_resource_group.rg_sql.name
  location              = azurestack_resource_group.rg_sql.location
  size                  = "Standard_DS13_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sql_sqlcl01a
  network_interface_ids = [azurestack_network_interface.rg_sql_sqlcl01a_nic.id]
  availability_set_id   = azurestack_availability_set.rg_sql_as_sqlcl.id

  os_disk {
    name                 = "sqlcl01a-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftSQLServer"
    offer     = "sql2019-ws2019"
    sku       = "enterprise"
    version   = "latest"
  }

  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01a_sqlcl01a_data01" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01a_data01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01a.id
  lun                = 0
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01a_sqlcl01a_log" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01a_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01a.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01a_sqlcl01a_tempdb" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01a_tempdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01a.id
  lun                = 2
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_sql_sqlcl01b_nic" {
  name                = "sqlcl01b-nic"
  resource_group_name = azurestack_resource_group.rg_sql.name
  location            = azurestack_resource_group.rg_sql.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.5"
    primary                       = true
  }

  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_sql_sqlcl01b_nic_lb_sqlag_be_sqlag" {
  network_interface_id    = azurestack_network_interface.rg_sql_sqlcl01b_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_sql_lb_sqlag_be_sqlag.id
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01b_data01" {
  name                 = "sqlcl01b-data01"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01b_log" {
  name                 = "sqlcl01b-log"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_sql_sqlcl01b_tempdb" {
  name                 = "sqlcl01b-tempdb"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_windows_virtual_machine" "rg_sql_sqlcl01b" {
  name                  = "sqlcl01b"
  resource_group_name   = azurestack_resource_group.rg_sql.name
  location              = azurestack_resource_group.rg_sql.location
  size                  = "Standard_DS13_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sql_sqlcl01b
  network_interface_ids = [azurestack_network_interface.rg_sql_sqlcl01b_nic.id]
  availability_set_id   = azurestack_availability_set.rg_sql_as_sqlcl.id

  os_disk {
    name                 = "sqlcl01b-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftSQLServer"
    offer     = "sql2019-ws2019"
    sku       = "enterprise"
    version   = "latest"
  }

  tags = {
    app    = "erp"
    owner  = "dba-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01b_sqlcl01b_data01" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01b_data01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01b.id
  lun                = 0
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01b_sqlcl01b_log" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01b_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01b.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sqlcl01b_sqlcl01b_tempdb" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sqlcl01b_tempdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sqlcl01b.id
  lun                = 2
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_sql_sql02_nic" {
  name                = "sql02-nic"
  resource_group_name = azurestack_resource_group.rg_sql.name
  location            = azurestack_resource_group.rg_sql.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.6"
    primary                       = true
  }

  tags = {
    app   = "reporting"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql02_data" {
  name                 = "sql02-data"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "reporting"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql02_log" {
  name                 = "sql02-log"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "reporting"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql02_tempdb" {
  name                 = "sql02-tempdb"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "reporting"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_sql_sql02" {
  name                  = "sql02"
  resource_group_name   = azurestack_resource_group.rg_sql.name
  location              = azurestack_resource_group.rg_sql.location
  size                  = "Standard_DS12_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sql_sql02
  network_interface_ids = [azurestack_network_interface.rg_sql_sql02_nic.id]

  os_disk {
    name                 = "sql02-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftSQLServer"
    offer     = "SQL2016SP2-WS2016"
    sku       = "Standard"
    version   = "latest"
  }

  tags = {
    app   = "reporting"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql02_sql02_data" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql02_data.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql02.id
  lun                = 0
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql02_sql02_log" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql02_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql02.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql02_sql02_tempdb" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql02_tempdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql02.id
  lun                = 2
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_sql_sql03_nic" {
  name                = "sql03-nic"
  resource_group_name = azurestack_resource_group.rg_sql.name
  location            = azurestack_resource_group.rg_sql.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.7"
    primary                       = true
  }

  tags = {
    app   = "sharepoint"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql03_data" {
  name                 = "sql03-data"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 768
  tags = {
    app   = "sharepoint"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql03_log" {
  name                 = "sql03-log"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "sharepoint"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sql_sql03_tempdb" {
  name                 = "sql03-tempdb"
  resource_group_name  = azurestack_resource_group.rg_sql.name
  location             = azurestack_resource_group.rg_sql.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "sharepoint"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_sql_sql03" {
  name                  = "sql03"
  resource_group_name   = azurestack_resource_group.rg_sql.name
  location              = azurestack_resource_group.rg_sql.location
  size                  = "Standard_DS13_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sql_sql03
  network_interface_ids = [azurestack_network_interface.rg_sql_sql03_nic.id]

  os_disk {
    name                 = "sql03-osdisk"
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
    app   = "sharepoint"
    owner = "dba-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql03_sql03_data" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql03_data.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql03.id
  lun                = 0
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql03_sql03_log" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql03_log.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql03.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sql_sql03_sql03_tempdb" {
  managed_disk_id    = azurestack_managed_disk.rg_sql_sql03_tempdb.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sql_sql03.id
  lun                = 2
  caching            = "ReadOnly"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_exchange" {
  name     = "rg-exchange"
  location = var.location_rg_exchange
  tags = {
    "部門"   = "情報システム部"
    "システム" = "メール"
  }
}

resource "azurestack_availability_set" "rg_exchange_as_exch" {
  name                         = "as-exch"
  resource_group_name          = azurestack_resource_group.rg_exchange.name
  location                     = azurestack_resource_group.rg_exchange.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_lb" "rg_exchange_lb_exch" {
  name                = "lb-exch"
  resource_group_name = azurestack_resource_group.rg_exchange.name
  location            = azurestack_resource_group.rg_exchange.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "fe-exch"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-messaging"])
    private_ip_address            = "10.21.4.100"
    private_ip_address_allocation = "Static"
  }
}

resource "azurestack_lb_backend_address_pool" "rg_exchange_lb_exch_be_exch" {
  name            = "be-exch"
  loadbalancer_id = azurestack_lb.rg_exchange_lb_exch.id
}

resource "azurestack_lb_probe" "rg_exchange_lb_exch_probe_owa" {
  name                = "probe-owa"
  resource_group_name = azurestack_resource_group.rg_exchange.name
  loadbalancer_id     = azurestack_lb.rg_exchange_lb_exch.id
  protocol            = "Tcp"
  port                = 443
  interval_in_seconds = 15
  number_of_probes    = 2
}

resource "azurestack_lb_probe" "rg_exchange_lb_exch_probe_smtp" {
  name                = "probe-smtp"
  resource_group_name = azurestack_resource_group.rg_exchange.name
  loadbalancer_id     = azurestack_lb.rg_exchange_lb_exch.id
  protocol            = "Tcp"
  port                = 25
}

resource "azurestack_lb_rule" "rg_exchange_lb_exch_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_exchange.name
  loadbalancer_id                = azurestack_lb.rg_exchange_lb_exch.id
  frontend_ip_configuration_name = "fe-exch"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_exchange_lb_exch_be_exch.id
  probe_id                       = azurestack_lb_probe.rg_exchange_lb_exch_probe_owa.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  idle_timeout_in_minutes        = 15
}

resource "azurestack_lb_rule" "rg_exchange_lb_exch_rule_smtp" {
  name                           = "rule-smtp"
  resource_group_name            = azurestack_resource_group.rg_exchange.name
  loadbalancer_id                = azurestack_lb.rg_exchange_lb_exch.id
  frontend_ip_configuration_name = "fe-exch"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_exchange_lb_exch_be_exch.id
  probe_id                       = azurestack_lb_probe.rg_exchange_lb_exch_probe_smtp.id
  protocol                       = "Tcp"
  frontend_port                  = 25
  backend_port                   = 25
}

resource "azurestack_network_interface" "rg_exchange_exch01_nic" {
  name                = "exch01-nic"
  resource_group_name = azurestack_resource_group.rg_exchange.name
  location            = azurestack_resource_group.rg_exchange.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-messaging"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.4.4"
    primary                       = true
  }

  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_exchange_exch01_nic_lb_exch_be_exch" {
  network_interface_id    = azurestack_network_interface.rg_exchange_exch01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_exchange_lb_exch_be_exch.id
}

resource "azurestack_managed_disk" "rg_exchange_exch01_db01" {
  name                 = "exch01-db01"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_exchange_exch01_db02" {
  name                 = "exch01-db02"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_exchange_exch01_logs" {
  name                 = "exch01-logs"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_exchange_exch01" {
  name                  = "exch01"
  resource_group_name   = azurestack_resource_group.rg_exchange.name
  location              = azurestack_resource_group.rg_exchange.location
  size                  = "Standard_DS14-8_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_exchange_exch01
  network_interface_ids = [azurestack_network_interface.rg_exchange_exch01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_exchange_as_exch.id

  os_disk {
    name                 = "exch01-osdisk"
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
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch01_exch01_db01" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch01_db01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch01_exch01_db02" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch01_db02.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch01_exch01_logs" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch01_logs.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch01.id
  lun                = 2
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_exchange_exch02_nic" {
  name                = "exch02-nic"
  resource_group_name = azurestack_resource_group.rg_exchange.name
  location            = azurestack_resource_group.rg_exchange.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-messaging"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.4.5"
    primary                       = true
  }

  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_exchange_exch02_nic_lb_exch_be_exch" {
  network_interface_id    = azurestack_network_interface.rg_exchange_exch02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_exchange_lb_exch_be_exch.id
}

resource "azurestack_managed_disk" "rg_exchange_exch02_db01" {
  name                 = "exch02-db01"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_exchange_exch02_db02" {
  name                 = "exch02-db02"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_exchange_exch02_logs" {
  name                 = "exch02-logs"
  resource_group_name  = azurestack_resource_group.rg_exchange.name
  location             = azurestack_resource_group.rg_exchange.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_exchange_exch02" {
  name                  = "exch02"
  resource_group_name   = azurestack_resource_group.rg_exchange.name
  location              = azurestack_resource_group.rg_exchange.location
  size                  = "Standard_DS14-8_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_exchange_exch02
  network_interface_ids = [azurestack_network_interface.rg_exchange_exch02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_exchange_as_exch.id

  os_disk {
    name                 = "exch02-osdisk"
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
    app   = "mail"
    owner = "messaging-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch02_exch02_db01" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch02_db01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch02_exch02_db02" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch02_db02.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch02.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_exchange_exch02_exch02_logs" {
  managed_disk_id    = azurestack_managed_disk.rg_exchange_exch02_logs.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_exchange_exch02.id
  lun                = 2
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_sharepoint" {
  name     = "rg-sharepoint"
  location = var.location_rg_sharepoint
  tags = {
    "部門"   = "情報システム部"
    "システム" = "社内ポータル"
  }
}

resource "azurestack_availability_set" "rg_sharepoint_as_sp_wfe" {
  name                         = "as-sp-wfe"
  resource_group_name          = azurestack_resource_group.rg_sharepoint.name
  location                     = azurestack_resource_group.rg_sharepoint.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_lb" "rg_sharepoint_lb_sp" {
  name                = "lb-sp"
  resource_group_name = azurestack_resource_group.rg_sharepoint.name
  location            = azurestack_resource_group.rg_sharepoint.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "fe-sp"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-collab"])
    private_ip_address            = "10.21.5.100"
    private_ip_address_allocation = "Static"
  }
}

resource "azurestack_lb_backend_address_pool" "rg_sharepoint_lb_sp_be_sp" {
  name            = "be-sp"
  loadbalancer_id = azurestack_lb.rg_sharepoint_lb_sp.id
}

resource "azurestack_lb_probe" "rg_sharepoint_lb_sp_probe_https" {
  name                = "probe-https"
  resource_group_name = azurestack_resource_group.rg_sharepoint.name
  loadbalancer_id     = azurestack_lb.rg_sharepoint_lb_sp.id
  protocol            = "Tcp"
  port                = 443
}

resource "azurestack_lb_rule" "rg_sharepoint_lb_sp_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_sharepoint.name
  loadbalancer_id                = azurestack_lb.rg_sharepoint_lb_sp.id
  frontend_ip_configuration_name = "fe-sp"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_sharepoint_lb_sp_be_sp.id
  probe_id                       = azurestack_lb_probe.rg_sharepoint_lb_sp_probe_https.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
}

resource "azurestack_network_interface" "rg_sharepoint_sp_app01_nic" {
  name                = "sp-app01-nic"
  resource_group_name = azurestack_resource_group.rg_sharepoint.name
  location            = azurestack_resource_group.rg_sharepoint.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-collab"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.5.6"
    primary                       = true
  }

  tags = {
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_sharepoint_sp_app01_search_index" {
  name                 = "sp-app01-search-index"
  resource_group_name  = azurestack_resource_group.rg_sharepoint.name
  location             = azurestack_resource_group.rg_sharepoint.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_sharepoint_sp_app01" {
  name                  = "sp-app01"
  resource_group_name   = azurestack_resource_group.rg_sharepoint.name
  location              = azurestack_resource_group.rg_sharepoint.location
  size                  = "Standard_DS4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sharepoint_sp_app01
  network_interface_ids = [azurestack_network_interface.rg_sharepoint_sp_app01_nic.id]

  os_disk {
    name                 = "sp-app01-osdisk"
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
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_sharepoint_sp_app01_sp_app01_search_index" {
  managed_disk_id    = azurestack_managed_disk.rg_sharepoint_sp_app01_search_index.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_sharepoint_sp_app01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_sharepoint_sp_wfe01_nic" {
  name                = "sp-wfe01-nic"
  resource_group_name = azurestack_resource_group.rg_sharepoint.name
  location            = azurestack_resource_group.rg_sharepoint.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-collab"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.5.4"
    primary                       = true
  }

  tags = {
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_sharepoint_sp_wfe01_nic_lb_sp_be_sp" {
  network_interface_id    = azurestack_network_interface.rg_sharepoint_sp_wfe01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_sharepoint_lb_sp_be_sp.id
}

resource "azurestack_windows_virtual_machine" "rg_sharepoint_sp_wfe01" {
  name                  = "sp-wfe01"
  resource_group_name   = azurestack_resource_group.rg_sharepoint.name
  location              = azurestack_resource_group.rg_sharepoint.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sharepoint_sp_wfe01
  network_interface_ids = [azurestack_network_interface.rg_sharepoint_sp_wfe01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_sharepoint_as_sp_wfe.id

  os_disk {
    name                 = "sp-wfe01-osdisk"
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
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_sharepoint_sp_wfe02_nic" {
  name                = "sp-wfe02-nic"
  resource_group_name = azurestack_resource_group.rg_sharepoint.name
  location            = azurestack_resource_group.rg_sharepoint.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-collab"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.5.5"
    primary                       = true
  }

  tags = {
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_sharepoint_sp_wfe02_nic_lb_sp_be_sp" {
  network_interface_id    = azurestack_network_interface.rg_sharepoint_sp_wfe02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_sharepoint_lb_sp_be_sp.id
}

resource "azurestack_windows_virtual_machine" "rg_sharepoint_sp_wfe02" {
  name                  = "sp-wfe02"
  resource_group_name   = azurestack_resource_group.rg_sharepoint.name
  location              = azurestack_resource_group.rg_sharepoint.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_sharepoint_sp_wfe02
  network_interface_ids = [azurestack_network_interface.rg_sharepoint_sp_wfe02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_sharepoint_as_sp_wfe.id

  os_disk {
    name                 = "sp-wfe02-osdisk"
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
    app   = "intranet"
    owner = "collab-team"
    "環境"  = "本番"
  }
}

resource "azurestack_resource_group" "rg_files" {
  name     = "rg-files"
  location = var.location_rg_files
  tags = {
    "部門"   = "情報システム部"
    "システム" = "ファイル共有"
  }
}

resource "azurestack_availability_set" "rg_files_as_fs" {
  name                         = "as-fs"
  resource_group_name          = azurestack_resource_group.rg_files.name
  location                     = azurestack_resource_group.rg_files.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_network_interface" "rg_files_fs01_nic" {
  name                = "fs01-nic"
  resource_group_name = azurestack_resource_group.rg_files.name
  location            = azurestack_resource_group.rg_files.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-files"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.6.4"
    primary                       = true
  }

  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs01_shares01" {
  name                 = "fs01-shares01"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs01_shares02" {
  name                 = "fs01-shares02"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs01_profiles" {
  name                 = "fs01-profiles"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_files_fs01" {
  name                  = "fs01"
  resource_group_name   = azurestack_resource_group.rg_files.name
  location              = azurestack_resource_group.rg_files.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_files_fs01
  network_interface_ids = [azurestack_network_interface.rg_files_fs01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_files_as_fs.id

  os_disk {
    name                 = "fs01-osdisk"
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
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs01_fs01_shares01" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs01_shares01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs01_fs01_shares02" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs01_shares02.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs01_fs01_profiles" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs01_profiles.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs01.id
  lun                = 2
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_files_fs02_nic" {
  name                = "fs02-nic"
  resource_group_name = azurestack_resource_group.rg_files.name
  location            = azurestack_resource_group.rg_files.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-files"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.6.5"
    primary                       = true
  }

  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs02_shares01" {
  name                 = "fs02-shares01"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs02_shares02" {
  name                 = "fs02-shares02"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1023
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_files_fs02_profiles" {
  name                 = "fs02-profiles"
  resource_group_name  = azurestack_resource_group.rg_files.name
  location             = azurestack_resource_group.rg_files.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_files_fs02" {
  name                  = "fs02"
  resource_group_name   = azurestack_resource_group.rg_files.name
  location              = azurestack_resource_group.rg_files.location
  size                  = "Standard_DS3_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_files_fs02
  network_interface_ids = [azurestack_network_interface.rg_files_fs02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_files_as_fs.id

  os_disk {
    name                 = "fs02-osdisk"
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
    app   = "file-shares"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs02_fs02_shares01" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs02_shares01.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs02_fs02_shares02" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs02_shares02.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs02.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_files_fs02_fs02_profiles" {
  managed_disk_id    = azurestack_managed_disk.rg_files_fs02_profiles.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_files_fs02.id
  lun                = 2
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_web" {
  name     = "rg-web"
  location = var.location_rg_web
  tags = {
    "部門"   = "営業本部"
    "システム" = "Webサイト"
  }
}

resource "azurestack_availability_set" "rg_web_as_portal" {
  name                         = "as-portal"
  resource_group_name          = azurestack_resource_group.rg_web.name
  location                     = azurestack_resource_group.rg_web.location
  platform_fault_domain_count  = 3
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_availability_set" "rg_web_as_extranet" {
  name                         = "as-extranet"
  resource_group_name          = azurestack_resource_group.rg_web.name
  location                     = azurestack_resource_group.rg_web.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_public_ip" "rg_web_pip_portal" {
  name                = "pip-portal"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  allocation_method   = "Static"
  sku                 = "Basic"
  domain_name_label   = "fabrikam-portal"
}

resource "azurestack_public_ip" "rg_web_pip_extranet" {
  name                = "pip-extranet"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  allocation_method   = "Static"
  sku                 = "Basic"
  domain_name_label   = "fabrikam-extranet"
}

resource "azurestack_lb" "rg_web_lb_portal" {
  name                = "lb-portal"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "fe-portal"
    public_ip_address_id = azurestack_public_ip.rg_web_pip_portal.id
  }
}

resource "azurestack_lb_backend_address_pool" "rg_web_lb_portal_be_portal" {
  name            = "be-portal"
  loadbalancer_id = azurestack_lb.rg_web_lb_portal.id
}

resource "azurestack_lb_probe" "rg_web_lb_portal_probe_http" {
  name                = "probe-http"
  resource_group_name = azurestack_resource_group.rg_web.name
  loadbalancer_id     = azurestack_lb.rg_web_lb_portal.id
  protocol            = "Http"
  port                = 80
  request_path        = "/health"
  interval_in_seconds = 15
  number_of_probes    = 2
}

resource "azurestack_lb_rule" "rg_web_lb_portal_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_web.name
  loadbalancer_id                = azurestack_lb.rg_web_lb_portal.id
  frontend_ip_configuration_name = "fe-portal"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
  probe_id                       = azurestack_lb_probe.rg_web_lb_portal_probe_http.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
}

resource "azurestack_lb_rule" "rg_web_lb_portal_rule_http" {
  name                           = "rule-http"
  resource_group_name            = azurestack_resource_group.rg_web.name
  loadbalancer_id                = azurestack_lb.rg_web_lb_portal.id
  frontend_ip_configuration_name = "fe-portal"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
  probe_id                       = azurestack_lb_probe.rg_web_lb_portal_probe_http.id
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
}

resource "azurestack_lb" "rg_web_lb_extranet" {
  name                = "lb-extranet"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "fe-extranet"
    public_ip_address_id = azurestack_public_ip.rg_web_pip_extranet.id
  }
}

resource "azurestack_lb_backend_address_pool" "rg_web_lb_extranet_be_extranet" {
  name            = "be-extranet"
  loadbalancer_id = azurestack_lb.rg_web_lb_extranet.id
}

resource "azurestack_lb_probe" "rg_web_lb_extranet_probe_https" {
  name                = "probe-https"
  resource_group_name = azurestack_resource_group.rg_web.name
  loadbalancer_id     = azurestack_lb.rg_web_lb_extranet.id
  protocol            = "Tcp"
  port                = 443
}

resource "azurestack_lb_rule" "rg_web_lb_extranet_rule_https" {
  name                           = "rule-https"
  resource_group_name            = azurestack_resource_group.rg_web.name
  loadbalancer_id                = azurestack_lb.rg_web_lb_extranet.id
  frontend_ip_configuration_name = "fe-extranet"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_web_lb_extranet_be_extranet.id
  probe_id                       = azurestack_lb_probe.rg_web_lb_extranet_probe_https.id
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  idle_timeout_in_minutes        = 10
}

resource "azurestack_network_interface" "rg_web_web01_nic" {
  name                = "web01-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.4"
    primary                       = true
  }

  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web01_nic_lb_portal_be_portal" {
  network_interface_id    = azurestack_network_interface.rg_web_web01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
}

resource "azurestack_managed_disk" "rg_web_web01_content" {
  name                 = "web01-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web01" {
  name                  = "web01"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web01
  network_interface_ids = [azurestack_network_interface.rg_web_web01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_portal.id

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
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
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
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.5"
    primary                       = true
  }

  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web02_nic_lb_portal_be_portal" {
  network_interface_id    = azurestack_network_interface.rg_web_web02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
}

resource "azurestack_managed_disk" "rg_web_web02_content" {
  name                 = "web02-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web02" {
  name                  = "web02"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web02
  network_interface_ids = [azurestack_network_interface.rg_web_web02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_portal.id

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
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web02_web02_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web02_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_web03_nic" {
  name                = "web03-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.6"
    primary                       = true
  }

  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web03_nic_lb_portal_be_portal" {
  network_interface_id    = azurestack_network_interface.rg_web_web03_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
}

resource "azurestack_managed_disk" "rg_web_web03_content" {
  name                 = "web03-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web03" {
  name                  = "web03"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web03
  network_interface_ids = [azurestack_network_interface.rg_web_web03_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_portal.id

  os_disk {
    name                 = "web03-osdisk"
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
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web03_web03_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web03_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web03.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_web04_nic" {
  name                = "web04-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.7"
    primary                       = true
  }

  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web04_nic_lb_portal_be_portal" {
  network_interface_id    = azurestack_network_interface.rg_web_web04_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_portal_be_portal.id
}

resource "azurestack_managed_disk" "rg_web_web04_content" {
  name                 = "web04-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web04" {
  name                  = "web04"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web04
  network_interface_ids = [azurestack_network_interface.rg_web_web04_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_portal.id

  os_disk {
    name                 = "web04-osdisk"
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
    app   = "corporate-portal"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web04_web04_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web04_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web04.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_web05_nic" {
  name                = "web05-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.8"
    primary                       = true
  }

  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web05_nic_lb_extranet_be_extranet" {
  network_interface_id    = azurestack_network_interface.rg_web_web05_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_extranet_be_extranet.id
}

resource "azurestack_managed_disk" "rg_web_web05_content" {
  name                 = "web05-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web05" {
  name                  = "web05"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_F4s"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web05
  network_interface_ids = [azurestack_network_interface.rg_web_web05_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_extranet.id

  os_disk {
    name                 = "web05-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2016-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web05_web05_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web05_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web05.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_web_web06_nic" {
  name                = "web06-nic"
  resource_group_name = azurestack_resource_group.rg_web.name
  location            = azurestack_resource_group.rg_web.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-web"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.1.9"
    primary                       = true
  }

  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_web_web06_nic_lb_extranet_be_extranet" {
  network_interface_id    = azurestack_network_interface.rg_web_web06_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_web_lb_extranet_be_extranet.id
}

resource "azurestack_managed_disk" "rg_web_web06_content" {
  name                 = "web06-content"
  resource_group_name  = azurestack_resource_group.rg_web.name
  location             = azurestack_resource_group.rg_web.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_web_web06" {
  name                  = "web06"
  resource_group_name   = azurestack_resource_group.rg_web.name
  location              = azurestack_resource_group.rg_web.location
  size                  = "Standard_F4s"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_web_web06
  network_interface_ids = [azurestack_network_interface.rg_web_web06_nic.id]
  availability_set_id   = azurestack_availability_set.rg_web_as_extranet.id

  os_disk {
    name                 = "web06-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2016-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "extranet"
    owner = "web-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_web_web06_web06_content" {
  managed_disk_id    = azurestack_managed_disk.rg_web_web06_content.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_web_web06.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_app" {
  name     = "rg-app"
  location = var.location_rg_app
  tags = {
    "部門"   = "営業本部"
    "システム" = "業務アプリケーション"
  }
}

resource "azurestack_availability_set" "rg_app_as_app" {
  name                         = "as-app"
  resource_group_name          = azurestack_resource_group.rg_app.name
  location                     = azurestack_resource_group.rg_app.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_availability_set" "rg_app_as_rhel_app" {
  name                         = "as-rhel-app"
  resource_group_name          = azurestack_resource_group.rg_app.name
  location                     = azurestack_resource_group.rg_app.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_availability_set" "rg_app_as_pg" {
  name                         = "as-pg"
  resource_group_name          = azurestack_resource_group.rg_app.name
  location                     = azurestack_resource_group.rg_app.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 2
  managed                      = true
}

resource "azurestack_lb" "rg_app_lb_app" {
  name                = "lb-app"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "fe-app"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address            = "10.21.2.100"
    private_ip_address_allocation = "Static"
  }
}

resource "azurestack_lb_backend_address_pool" "rg_app_lb_app_be_app" {
  name            = "be-app"
  loadbalancer_id = azurestack_lb.rg_app_lb_app.id
}

resource "azurestack_lb_probe" "rg_app_lb_app_probe_health" {
  name                = "probe-health"
  resource_group_name = azurestack_resource_group.rg_app.name
  loadbalancer_id     = azurestack_lb.rg_app_lb_app.id
  protocol            = "Http"
  port                = 8080
  request_path        = "/actuator/health"
  interval_in_seconds = 10
  number_of_probes    = 3
}

resource "azurestack_lb_rule" "rg_app_lb_app_rule_api" {
  name                           = "rule-api"
  resource_group_name            = azurestack_resource_group.rg_app.name
  loadbalancer_id                = azurestack_lb.rg_app_lb_app.id
  frontend_ip_configuration_name = "fe-app"
  backend_address_pool_id        = azurestack_lb_backend_address_pool.rg_app_lb_app_be_app.id
  probe_id                       = azurestack_lb_probe.rg_app_lb_app_probe_health.id
  protocol                       = "Tcp"
  frontend_port                  = 8080
  backend_port                   = 8080
  idle_timeout_in_minutes        = 30
}

resource "azurestack_storage_account" "rg_app_stfabprodblob01" {
  name                     = "stfabprodblob01"
  resource_group_name      = azurestack_resource_group.rg_app.name
  location                 = azurestack_resource_group.rg_app.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "Storage"
  tags = {
    "用途" = "帳票・添付ファイル"
  }
}

resource "azurestack_key_vault" "rg_app_kv_fab_prod" {
  name                            = "kv-fab-prod"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  sku_name                        = "standard"
  tenant_id                       = data.azurestack_client_config.current.tenant_id
  enabled_for_deployment          = true
  enabled_for_template_deployment = true
}

resource "azurestack_network_interface" "rg_app_pg01_nic" {
  name                = "pg01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.10"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_pg01_pgdata" {
  name                 = "pg01-pgdata"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_pg01_pgwal" {
  name                 = "pg01-pgwal"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_pg01" {
  name                            = "pg01"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_DS12_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_pg01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_pg01_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_pg.id

  os_disk {
    name                 = "pg01-osdisk"
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
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_pg01_pg01_pgdata" {
  managed_disk_id    = azurestack_managed_disk.rg_app_pg01_pgdata.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_pg01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_pg01_pg01_pgwal" {
  managed_disk_id    = azurestack_managed_disk.rg_app_pg01_pgwal.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_pg01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_pg02_nic" {
  name                = "pg02-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-data"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.3.11"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_pg02_pgdata" {
  name                 = "pg02-pgdata"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_pg02_pgwal" {
  name                 = "pg02-pgwal"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_pg02" {
  name                            = "pg02"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_DS12_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_pg02
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_pg02_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_pg.id

  os_disk {
    name                 = "pg02-osdisk"
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
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_pg02_pg02_pgdata" {
  managed_disk_id    = azurestack_managed_disk.rg_app_pg02_pgdata.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_pg02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_pg02_pg02_pgwal" {
  managed_disk_id    = azurestack_managed_disk.rg_app_pg02_pgwal.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_pg02.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_mq01_nic" {
  name                = "mq01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.20"
    primary                       = true
  }

  tags = {
    app   = "messaging"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_mq01_queues" {
  name                 = "mq01-queues"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags = {
    app   = "messaging"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_mq01" {
  name                            = "mq01"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_DS2_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_mq01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_mq01_nic.id]

  os_disk {
    name                 = "mq01-osdisk"
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
    app   = "messaging"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_mq01_mq01_queues" {
  managed_disk_id    = azurestack_managed_disk.rg_app_mq01_queues.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_mq01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_app01_nic" {
  name                = "app01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.4"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_app_app01_nic_lb_app_be_app" {
  network_interface_id    = azurestack_network_interface.rg_app_app01_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_app_lb_app_be_app.id
}

resource "azurestack_managed_disk" "rg_app_app01_data" {
  name                 = "app01-data"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_app01" {
  name                            = "app01"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_F4s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_app01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_app01_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_app.id

  os_disk {
    name                 = "app01-osdisk"
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
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_app01_app01_data" {
  managed_disk_id    = azurestack_managed_disk.rg_app_app01_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_app01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_app02_nic" {
  name                = "app02-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.5"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_app_app02_nic_lb_app_be_app" {
  network_interface_id    = azurestack_network_interface.rg_app_app02_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_app_lb_app_be_app.id
}

resource "azurestack_managed_disk" "rg_app_app02_data" {
  name                 = "app02-data"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_app02" {
  name                            = "app02"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_F4s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_app02
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_app02_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_app.id

  os_disk {
    name                 = "app02-osdisk"
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
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_app02_app02_data" {
  managed_disk_id    = azurestack_managed_disk.rg_app_app02_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_app02.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_app03_nic" {
  name                = "app03-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.6"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_app_app03_nic_lb_app_be_app" {
  network_interface_id    = azurestack_network_interface.rg_app_app03_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_app_lb_app_be_app.id
}

resource "azurestack_managed_disk" "rg_app_app03_data" {
  name                 = "app03-data"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_app03" {
  name                            = "app03"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_F4s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_app03
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_app03_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_app.id

  os_disk {
    name                 = "app03-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-focal"
    sku       = "20_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_app03_app03_data" {
  managed_disk_id    = azurestack_managed_disk.rg_app_app03_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_app03.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_app04_nic" {
  name                = "app04-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.7"
    primary                       = true
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface_backend_address_pool_association" "rg_app_app04_nic_lb_app_be_app" {
  network_interface_id    = azurestack_network_interface.rg_app_app04_nic.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurestack_lb_backend_address_pool.rg_app_lb_app_be_app.id
}

resource "azurestack_managed_disk" "rg_app_app04_data" {
  name                 = "app04-data"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_app04" {
  name                            = "app04"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_F4s_v2"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_app04
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_app04_nic.id]
  availability_set_id             = azurestack_availability_set.rg_app_as_app.id

  os_disk {
    name                 = "app04-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-focal"
    sku       = "20_04-lts"
    version   = "latest"
  }

  tags = {
    app   = "order-management"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_app04_app04_data" {
  managed_disk_id    = azurestack_managed_disk.rg_app_app04_data.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_app04.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_app_lic01_nic" {
  name                = "lic01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.30"
    primary                       = true
  }

  tags = {
    app   = "license-server"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_lic01_osdisk" {
  name                 = "lic01-osdisk"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Standard_LRS"
  create_option        = "Copy"
  source_resource_id   = var.os_disk_source_id_rg_app_lic01
  os_type              = "Linux"
  disk_size_gb         = 64
  tags = {
    app   = "license-server"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine" "rg_app_lic01" {
  name                  = "lic01"
  resource_group_name   = azurestack_resource_group.rg_app.name
  location              = azurestack_resource_group.rg_app.location
  vm_size               = "Standard_A1_v2"
  network_interface_ids = [azurestack_network_interface.rg_app_lic01_nic.id]

  storage_os_disk {
    name            = "lic01-osdisk"
    create_option   = "Attach"
    managed_disk_id = azurestack_managed_disk.rg_app_lic01_osdisk.id
    os_type         = "Linux"
    caching         = "ReadWrite"
  }

  tags = {
    app   = "license-server"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_app_rhel_app01_nic" {
  name                = "rhel-app01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.10"
    primary                       = true
  }

  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_app_rhel_app01_opt" {
  name                 = "rhel-app01-opt"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_app_rhel_app01_osdisk" {
  name                 = "rhel-app01-osdisk"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Copy"
  source_resource_id   = var.os_disk_source_id_rg_app_rhel_app01
  os_type              = "Linux"
  disk_size_gb         = 64
  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_virtual_machine" "rg_app_rhel_app01" {
  name                  = "rhel-app01"
  resource_group_name   = azurestack_resource_group.rg_app.name
  location              = azurestack_resource_group.rg_app.location
  vm_size               = "Standard_DS3_v2"
  network_interface_ids = [azurestack_network_interface.rg_app_rhel_app01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_app_as_rhel_app.id

  storage_os_disk {
    name            = "rhel-app01-osdisk"
    create_option   = "Attach"
    managed_disk_id = azurestack_managed_disk.rg_app_rhel_app01_osdisk.id
    os_type         = "Linux"
    caching         = "ReadWrite"
  }

  storage_data_disk {
    name            = "rhel-app01-opt"
    lun             = 0
    create_option   = "Attach"
    managed_disk_id = azurestack_managed_disk.rg_app_rhel_app01_opt.id
    caching         = "None"
    disk_size_gb    = 256
  }

  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_network_interface" "rg_app_rhel_app02_nic" {
  name                = "rhel-app02-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.11"
    primary                       = true
  }

  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_app_rhel_app02_opt" {
  name                 = "rhel-app02-opt"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_managed_disk" "rg_app_rhel_app02_osdisk" {
  name                 = "rhel-app02-osdisk"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Premium_LRS"
  create_option        = "Copy"
  source_resource_id   = var.os_disk_source_id_rg_app_rhel_app02
  os_type              = "Linux"
  disk_size_gb         = 64
  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_virtual_machine" "rg_app_rhel_app02" {
  name                  = "rhel-app02"
  resource_group_name   = azurestack_resource_group.rg_app.name
  location              = azurestack_resource_group.rg_app.location
  vm_size               = "Standard_DS3_v2"
  network_interface_ids = [azurestack_network_interface.rg_app_rhel_app02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_app_as_rhel_app.id

  storage_os_disk {
    name            = "rhel-app02-osdisk"
    create_option   = "Attach"
    managed_disk_id = azurestack_managed_disk.rg_app_rhel_app02_osdisk.id
    os_type         = "Linux"
    caching         = "ReadWrite"
  }

  storage_data_disk {
    name            = "rhel-app02-opt"
    lun             = 0
    create_option   = "Attach"
    managed_disk_id = azurestack_managed_disk.rg_app_rhel_app02_opt.id
    caching         = "None"
    disk_size_gb    = 256
  }

  tags = {
    app    = "erp"
    owner  = "app-team"
    "環境"   = "本番"
    "システム" = "基幹業務"
  }
}

resource "azurestack_network_interface" "rg_app_sles_erp01_nic" {
  name                = "sles-erp01-nic"
  resource_group_name = azurestack_resource_group.rg_app.name
  location            = azurestack_resource_group.rg_app.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-app"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.2.12"
    primary                       = true
  }

  tags = {
    app   = "erp-interfaces"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_sles_erp01_usr_sap" {
  name                 = "sles-erp01-usr-sap"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "erp-interfaces"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_managed_disk" "rg_app_sles_erp01_interfaces" {
  name                 = "sles-erp01-interfaces"
  resource_group_name  = azurestack_resource_group.rg_app.name
  location             = azurestack_resource_group.rg_app.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
  tags = {
    app   = "erp-interfaces"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_linux_virtual_machine" "rg_app_sles_erp01" {
  name                            = "sles-erp01"
  resource_group_name             = azurestack_resource_group.rg_app.name
  location                        = azurestack_resource_group.rg_app.location
  size                            = "Standard_E4_v3"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password_rg_app_sles_erp01
  disable_password_authentication = false
  network_interface_ids           = [azurestack_network_interface.rg_app_sles_erp01_nic.id]

  os_disk {
    name                 = "sles-erp01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "SUSE"
    offer     = "SLES-BYOS"
    sku       = "15"
    version   = "latest"
  }

  tags = {
    app   = "erp-interfaces"
    owner = "app-team"
    "環境"  = "本番"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_sles_erp01_sles_erp01_usr_sap" {
  managed_disk_id    = azurestack_managed_disk.rg_app_sles_erp01_usr_sap.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_sles_erp01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_app_sles_erp01_sles_erp01_interfaces" {
  managed_disk_id    = azurestack_managed_disk.rg_app_sles_erp01_interfaces.id
  virtual_machine_id = azurestack_linux_virtual_machine.rg_app_sles_erp01.id
  lun                = 1
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_resource_group" "rg_rds" {
  name     = "rg-rds"
  location = var.location_rg_rds
  tags = {
    "部門"   = "情報システム部"
    "システム" = "リモートデスクトップ"
  }
}

resource "azurestack_availability_set" "rg_rds_as_rdsh" {
  name                         = "as-rdsh"
  resource_group_name          = azurestack_resource_group.rg_rds.name
  location                     = azurestack_resource_group.rg_rds.location
  platform_fault_domain_count  = 2
  platform_update_domain_count = 5
  managed                      = true
}

resource "azurestack_network_security_group" "rg_rds_nsg_rdgw01" {
  name                = "nsg-rdgw01"
  resource_group_name = azurestack_resource_group.rg_rds.name
  location            = azurestack_resource_group.rg_rds.location

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
    # description: RD Gateway UDP transport
    name                       = "allow-rd-udp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "3391"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurestack_public_ip" "rg_rds_pip_rdgw01" {
  name                = "pip-rdgw01"
  resource_group_name = azurestack_resource_group.rg_rds.name
  location            = azurestack_resource_group.rg_rds.location
  allocation_method   = "Static"
  sku                 = "Basic"
  domain_name_label   = "fabrikam-rd"
}

resource "azurestack_network_interface" "rg_rds_rdgw01_nic" {
  name                = "rdgw01-nic"
  resource_group_name = azurestack_resource_group.rg_rds.name
  location            = azurestack_resource_group.rg_rds.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-rds"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.7.4"
    public_ip_address_id          = azurestack_public_ip.rg_rds_pip_rdgw01.id
    primary                       = true
  }

  tags = {
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_rds_rdgw01" {
  name                  = "rdgw01"
  resource_group_name   = azurestack_resource_group.rg_rds.name
  location              = azurestack_resource_group.rg_rds.location
  size                  = "Standard_DS2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_rds_rdgw01
  network_interface_ids = [azurestack_network_interface.rg_rds_rdgw01_nic.id]

  os_disk {
    name                 = "rdgw01-osdisk"
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
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_rds_rdsh01_nic" {
  name                = "rdsh01-nic"
  resource_group_name = azurestack_resource_group.rg_rds.name
  location            = azurestack_resource_group.rg_rds.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-rds"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.7.5"
    primary                       = true
  }

  tags = {
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_rds_rdsh01" {
  name                  = "rdsh01"
  resource_group_name   = azurestack_resource_group.rg_rds.name
  location              = azurestack_resource_group.rg_rds.location
  size                  = "Standard_DS4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_rds_rdsh01
  network_interface_ids = [azurestack_network_interface.rg_rds_rdsh01_nic.id]
  availability_set_id   = azurestack_availability_set.rg_rds_as_rdsh.id

  os_disk {
    name                 = "rdsh01-osdisk"
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
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_network_interface" "rg_rds_rdsh02_nic" {
  name                = "rdsh02-nic"
  resource_group_name = azurestack_resource_group.rg_rds.name
  location            = azurestack_resource_group.rg_rds.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-rds"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.7.6"
    primary                       = true
  }

  tags = {
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_rds_rdsh02" {
  name                  = "rdsh02"
  resource_group_name   = azurestack_resource_group.rg_rds.name
  location              = azurestack_resource_group.rg_rds.location
  size                  = "Standard_DS4_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_rds_rdsh02
  network_interface_ids = [azurestack_network_interface.rg_rds_rdsh02_nic.id]
  availability_set_id   = azurestack_availability_set.rg_rds_as_rdsh.id

  os_disk {
    name                 = "rdsh02-osdisk"
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
    app   = "remote-desktop"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_resource_group" "rg_batch" {
  name     = "rg-batch"
  location = var.location_rg_batch
  tags = {
    "部門" = "情報システム部"
  }
}

resource "azurestack_network_interface" "rg_batch_batch01_nic" {
  name                = "batch01-nic"
  resource_group_name = azurestack_resource_group.rg_batch.name
  location            = azurestack_resource_group.rg_batch.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-batch"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.8.4"
    primary                       = true
  }

  tags = {
    app   = "month-end-batch"
    owner = "app-team"
    "環境"  = "本番"
    "稼働"  = "月末のみ"
  }
}

resource "azurestack_managed_disk" "rg_batch_batch01_work" {
  name                 = "batch01-work"
  resource_group_name  = azurestack_resource_group.rg_batch.name
  location             = azurestack_resource_group.rg_batch.location
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags = {
    app   = "month-end-batch"
    owner = "app-team"
    "環境"  = "本番"
    "稼働"  = "月末のみ"
  }
}

resource "azurestack_windows_virtual_machine" "rg_batch_batch01" {
  name                  = "batch01"
  resource_group_name   = azurestack_resource_group.rg_batch.name
  location              = azurestack_resource_group.rg_batch.location
  size                  = "Standard_D4_v3"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_batch_batch01
  network_interface_ids = [azurestack_network_interface.rg_batch_batch01_nic.id]

  os_disk {
    name                 = "batch01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2016-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "month-end-batch"
    owner = "app-team"
    "環境"  = "本番"
    "稼働"  = "月末のみ"
  }
}

resource "azurestack_virtual_machine_data_disk_attachment" "rg_batch_batch01_batch01_work" {
  managed_disk_id    = azurestack_managed_disk.rg_batch_batch01_work.id
  virtual_machine_id = azurestack_windows_virtual_machine.rg_batch_batch01.id
  lun                = 0
  caching            = "None"
  create_option      = "Attach"
}

resource "azurestack_network_interface" "rg_batch_print01_nic" {
  name                = "print01-nic"
  resource_group_name = azurestack_resource_group.rg_batch.name
  location            = azurestack_resource_group.rg_batch.location

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "snet-batch"])
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.21.8.5"
    primary                       = true
  }

  tags = {
    app   = "print"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_windows_virtual_machine" "rg_batch_print01" {
  name                  = "print01"
  resource_group_name   = azurestack_resource_group.rg_batch.name
  location              = azurestack_resource_group.rg_batch.location
  size                  = "Standard_A2_v2"
  admin_username        = "fabadmin"
  admin_password        = var.admin_password_rg_batch_print01
  network_interface_ids = [azurestack_network_interface.rg_batch_print01_nic.id]

  os_disk {
    name                 = "print01-osdisk"
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 127
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2016-Datacenter"
    version   = "latest"
  }

  tags = {
    app   = "print"
    owner = "infra-team"
    "環境"  = "本番"
  }
}

resource "azurestack_resource_group" "rg_prod_network" {
  name     = "rg-prod-network"
  location = var.location_rg_prod_network
  tags = {
    "部門" = "情報システム部"
  }
}

resource "azurestack_network_security_group" "rg_prod_network_nsg_web" {
  name                = "nsg-web"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "10.21.1.0/24"
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
    destination_address_prefix = "10.21.1.0/24"
  }

  security_rule {
    name                       = "allow-mgmt-from-hub"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "10.20.2.0/24"
    destination_address_prefix = "*"
  }
}

resource "azurestack_network_security_group" "rg_prod_network_nsg_app" {
  name                = "nsg-app"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-api-from-web"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8080"
    source_address_prefix      = "10.21.1.0/24"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-amqp-from-digital"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5671"
    source_address_prefix      = "10.22.0.0/16"
    destination_address_prefix = "10.21.2.20"
  }

  security_rule {
    name                       = "allow-ssh-from-hub"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.20.2.0/24"
    destination_address_prefix = "*"
  }
}

resource "azurestack_network_security_group" "rg_prod_network_nsg_data" {
  name                = "nsg-data"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-sql-from-tiers"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "1433"
    source_address_prefix      = "10.21.0.0/16"
    destination_address_prefix = "10.21.3.0/24"
  }

  security_rule {
    name                       = "allow-ag-probe"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "59999"
    source_address_prefix      = "AzureLoadBalancer"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-pg-from-apps"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "10.21.2.0/24"
    destination_address_prefix = "10.21.3.8/30"
  }

  security_rule {
    name                       = "allow-pg-from-digital"
    priority                   = 130
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "10.22.0.0/16"
    destination_address_prefix = "10.21.3.10"
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

resource "azurestack_network_security_group" "rg_prod_network_nsg_messaging" {
  name                = "nsg-messaging"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-smtp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "25"
    source_address_prefix      = "*"
    destination_address_prefix = "10.21.4.0/24"
  }

  security_rule {
    name                       = "allow-https-from-corp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "10.21.4.0/24"
  }

  security_rule {
    name                       = "allow-dag-replication"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "64327"
    source_address_prefix      = "10.21.4.0/24"
    destination_address_prefix = "10.21.4.0/24"
  }
}

resource "azurestack_network_security_group" "rg_prod_network_nsg_collab" {
  name                = "nsg-collab"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-https-from-corp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "10.21.5.0/24"
  }

  security_rule {
    name                       = "allow-https-from-tenant"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "10.21.5.0/24"
  }
}

resource "azurestack_network_security_group" "rg_prod_network_nsg_files" {
  name                = "nsg-files"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  security_rule {
    name                       = "allow-smb-from-corp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "445"
    source_address_prefix      = "192.168.0.0/16"
    destination_address_prefix = "10.21.6.0/24"
  }

  security_rule {
    name                       = "allow-smb-from-tenant"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "445"
    source_address_prefix      = "10.21.0.0/16"
    destination_address_prefix = "10.21.6.0/24"
  }

  security_rule {
    name                       = "allow-dfsr"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5722"
    source_address_prefix      = "10.21.6.0/24"
    destination_address_prefix = "10.21.6.0/24"
  }
}

resource "azurestack_route_table" "rg_prod_network_rt_prod" {
  name                = "rt-prod"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location

  route {
    name           = "to-hub"
    address_prefix = "10.20.0.0/16"
    next_hop_type  = "VirtualNetworkGateway"
  }

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

resource "azurestack_public_ip" "rg_prod_network_pip_vgw_prod" {
  name                = "pip-vgw-prod"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location
  allocation_method   = "Dynamic"
}

resource "azurestack_virtual_network" "rg_prod_network_vnet_prod" {
  name                = "vnet-prod"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location
  address_space       = ["10.21.0.0/16"]
  dns_servers         = ["10.20.1.4", "10.20.1.5"]

  subnet {
    name           = "snet-web"
    address_prefix = "10.21.1.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_web.id
  }

  subnet {
    name           = "snet-app"
    address_prefix = "10.21.2.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_app.id
  }

  subnet {
    name           = "snet-data"
    address_prefix = "10.21.3.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_data.id
  }

  subnet {
    name           = "snet-messaging"
    address_prefix = "10.21.4.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_messaging.id
  }

  subnet {
    name           = "snet-collab"
    address_prefix = "10.21.5.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_collab.id
  }

  subnet {
    name           = "snet-files"
    address_prefix = "10.21.6.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_files.id
  }

  subnet {
    name           = "snet-rds"
    address_prefix = "10.21.7.0/24"
  }

  subnet {
    name           = "snet-batch"
    address_prefix = "10.21.8.0/24"
    security_group = azurestack_network_security_group.rg_prod_network_nsg_app.id
  }

  subnet {
    name           = "GatewaySubnet"
    address_prefix = "10.21.255.0/27"
  }
}

resource "azurestack_virtual_network_gateway" "rg_prod_network_vgw_prod" {
  name                = "vgw-prod"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "Standard"

  ip_configuration {
    name                          = "gwipconfig1"
    public_ip_address_id          = azurestack_public_ip.rg_prod_network_pip_vgw_prod.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = one([for s in azurestack_virtual_network.rg_prod_network_vnet_prod.subnet : s.id if s.name == "GatewaySubnet"])
  }
}

resource "azurestack_local_network_gateway" "rg_prod_network_lgw_vnet_hub" {
  name                = "lgw-vnet-hub"
  resource_group_name = azurestack_resource_group.rg_prod_network.name
  location            = azurestack_resource_group.rg_prod_network.location
  gateway_address     = "203.0.113.50"
  address_space       = ["10.20.0.0/16", "192.168.0.0/16", "172.16.0.0/16"]
}

resource "azurestack_virtual_network_gateway_connection" "rg_prod_network_cn_prod_hub" {
  name                       = "cn-prod-hub"
  resource_group_name        = azurestack_resource_group.rg_prod_network.name
  location                   = azurestack_resource_group.rg_prod_network.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurestack_virtual_network_gateway.rg_prod_network_vgw_prod.id
  local_network_gateway_id   = azurestack_local_network_gateway.rg_prod_network_lgw_vnet_hub.id
  shared_key                 = var.shared_key_rg_prod_network_cn_prod_hub
}
