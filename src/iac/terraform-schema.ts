/**
 * The azurestack provider resource types and arguments the Terraform generator may emit, each with where it
 * was checked. Tests assert that every emitted resource type, argument and nested block is listed here.
 *
 * Provider: hashicorp/azurestack 1.0.0 (2022-07-13, the last release; the repository is archived).
 * Sources: github.com/hashicorp/terraform-provider-azurestack, website/docs/r/<name>.html.markdown and, where
 * the docs lag the 1.0 code, internal/services/<service>/<name>_resource.go ("code").
 */

export const AZURESTACK_PROVIDER = { source: "hashicorp/azurestack", version: "1.0.0" } as const;

export interface ResourceSchema {
  source: string;
  arguments: readonly string[];
  /** Nested block name → its arguments. */
  blocks?: Readonly<Record<string, readonly string[]>>;
}

const common = ["name", "resource_group_name", "location", "tags"] as const;

export const azurestackResources: Readonly<Record<string, ResourceSchema>> = {
  azurestack_resource_group: { source: "docs r/resource_group", arguments: ["name", "location", "tags"] },
  azurestack_availability_set: {
    source: "docs r/availability_set; code compute/availability_set_resource.go",
    arguments: [...common, "platform_fault_domain_count", "platform_update_domain_count", "managed"],
  },
  azurestack_network_security_group: {
    source: "docs r/network_security_group",
    arguments: [...common],
    blocks: {
      security_rule: [
        "name",
        "description",
        "protocol",
        "source_port_range",
        "destination_port_range",
        "source_address_prefix",
        "destination_address_prefix",
        "access",
        "priority",
        "direction",
      ],
    },
  },
  azurestack_route_table: {
    source: "docs r/route_table (disable_bgp_route_propagation: its example)",
    arguments: [...common, "disable_bgp_route_propagation"],
    blocks: { route: ["name", "address_prefix", "next_hop_type", "next_hop_in_ip_address"] },
  },
  azurestack_public_ip: {
    source: "code network/public_ip_resource.go (allocation_method replaces the deprecated public_ip_address_allocation)",
    arguments: [...common, "allocation_method", "sku", "domain_name_label", "idle_timeout_in_minutes", "reverse_fqdn"],
  },
  azurestack_virtual_network: { source: "docs r/virtual_network", arguments: [...common, "address_space", "dns_servers"] },
  azurestack_subnet: {
    source: "code network/subnet_resource.go (address_prefix, singular; NSG and route table by association resources)",
    arguments: ["name", "resource_group_name", "virtual_network_name", "address_prefix"],
  },
  azurestack_subnet_network_security_group_association: {
    source: "docs r/subnet_network_security_group_association",
    arguments: ["subnet_id", "network_security_group_id"],
  },
  azurestack_subnet_route_table_association: {
    source: "docs r/subnet_route_table_association",
    arguments: ["subnet_id", "route_table_id"],
  },
  azurestack_lb: {
    source: "code loadbalancer/loadbalancer_resource.go (sku accepts Basic only)",
    arguments: [...common, "sku"],
    blocks: {
      frontend_ip_configuration: ["name", "subnet_id", "private_ip_address", "private_ip_address_allocation", "public_ip_address_id"],
    },
  },
  azurestack_lb_backend_address_pool: {
    source: "code loadbalancer/loadbalancer_backend_address_pool_resource.go",
    arguments: ["name", "loadbalancer_id"],
  },
  azurestack_lb_probe: {
    source: "docs r/loadbalancer_probe",
    arguments: ["name", "resource_group_name", "loadbalancer_id", "protocol", "port", "request_path", "interval_in_seconds", "number_of_probes"],
  },
  azurestack_lb_rule: {
    source: "code loadbalancer/loadbalancer_rule_resource.go",
    arguments: [
      "name",
      "resource_group_name",
      "loadbalancer_id",
      "frontend_ip_configuration_name",
      "backend_address_pool_id",
      "probe_id",
      "protocol",
      "frontend_port",
      "backend_port",
      "enable_floating_ip",
      "idle_timeout_in_minutes",
    ],
  },
  azurestack_network_interface: {
    source: "docs r/network_interface",
    arguments: [...common, "dns_servers", "enable_ip_forwarding"],
    blocks: {
      ip_configuration: ["name", "subnet_id", "private_ip_address", "private_ip_address_allocation", "public_ip_address_id", "primary"],
    },
  },
  azurestack_network_interface_security_group_association: {
    source: "docs r/network_interface_security_group_association",
    arguments: ["network_interface_id", "network_security_group_id"],
  },
  azurestack_network_interface_backend_address_pool_association: {
    source: "docs r/network_interface_backend_address_pool_association",
    arguments: ["network_interface_id", "ip_configuration_name", "backend_address_pool_id"],
  },
  azurestack_virtual_network_gateway: {
    source: "docs r/virtual_network_gateway (and its examples)",
    arguments: [...common, "type", "vpn_type", "sku", "enable_bgp", "active_active"],
    blocks: { ip_configuration: ["name", "public_ip_address_id", "private_ip_address_allocation", "subnet_id"] },
  },
  azurestack_local_network_gateway: { source: "docs r/local_network_gateway", arguments: [...common, "gateway_address", "address_space"] },
  azurestack_virtual_network_gateway_connection: {
    source: "docs r/virtual_network_gateway_connection",
    arguments: [...common, "type", "virtual_network_gateway_id", "local_network_gateway_id", "shared_key", "enable_bgp", "routing_weight"],
  },
  azurestack_storage_account: {
    source: "docs r/storage_account (account_kind Storage; replication LRS)",
    arguments: [...common, "account_tier", "account_replication_type", "account_kind"],
  },
  azurestack_key_vault: {
    source: "docs r/key_vault",
    arguments: [...common, "sku_name", "tenant_id", "enabled_for_deployment", "enabled_for_template_deployment", "enabled_for_disk_encryption"],
  },
  azurestack_managed_disk: {
    source: "docs r/managed_disk",
    arguments: [...common, "storage_account_type", "create_option", "disk_size_gb", "source_resource_id", "os_type"],
  },
  azurestack_windows_virtual_machine: {
    source: "docs r/windows_virtual_machine",
    arguments: [...common, "size", "admin_username", "admin_password", "network_interface_ids", "availability_set_id", "computer_name"],
    blocks: {
      os_disk: ["name", "caching", "storage_account_type", "disk_size_gb"],
      source_image_reference: ["publisher", "offer", "sku", "version"],
    },
  },
  azurestack_linux_virtual_machine: {
    source: "docs r/linux_virtual_machine",
    arguments: [
      ...common,
      "size",
      "admin_username",
      "admin_password",
      "disable_password_authentication",
      "network_interface_ids",
      "availability_set_id",
      "computer_name",
    ],
    blocks: {
      os_disk: ["name", "caching", "storage_account_type", "disk_size_gb"],
      source_image_reference: ["publisher", "offer", "sku", "version"],
    },
  },
  azurestack_virtual_machine: {
    source: "docs r/virtual_machine (legacy resource; the only one that attaches an existing OS disk)",
    arguments: [...common, "vm_size", "network_interface_ids", "primary_network_interface_id", "availability_set_id"],
    blocks: {
      storage_os_disk: ["name", "create_option", "managed_disk_id", "managed_disk_type", "os_type", "caching", "disk_size_gb"],
      storage_data_disk: ["name", "lun", "create_option", "managed_disk_id", "managed_disk_type", "caching", "disk_size_gb"],
    },
  },
  azurestack_virtual_machine_data_disk_attachment: {
    source: "code compute/virtual_machine_data_disk_attachment_resource.go",
    arguments: ["managed_disk_id", "virtual_machine_id", "lun", "caching", "create_option"],
  },
};

/** Provider block arguments. metadata_host replaced arm_endpoint in 1.0 (code internal/provider/provider.go). */
export const azurestackProviderArguments = ["metadata_host", "environment", "subscription_id", "tenant_id", "client_id", "skip_provider_registration"] as const;
