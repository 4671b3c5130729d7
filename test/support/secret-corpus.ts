/**
 * A corpus of the shapes secrets take inside text that is not a secret field: command lines (PowerShell, cmd,
 * shell, tools), connection strings, SAS URLs, bearer tokens and JWTs, PEM blocks, URL user-info, script
 * assignments, YAML and JSON. Each entry holds one secret, written in the text where `{s}` stands, and a piece
 * of the text around it that is not secret and must be kept. The secret of each entry is unique (its index is
 * in it), so a test can say which shape leaked.
 *
 * The redaction unit test (test/discovery/redact.test.ts) and the CLI canary test (test/hardening/secrets.test.ts,
 * which plants each entry in ARM responses of the emulator) both read it.
 */
export interface SecretShapeCase {
  name: string;
  /** The text, with `{s}` where the secret goes. */
  text: string;
  /** Non-secret text that must survive redaction. */
  keep: string;
}

export const SECRET_CORPUS: readonly SecretShapeCase[] = [
  // Command-line arguments.
  { name: "PowerShell -Password", text: "powershell -File setup.ps1 -Password {s}", keep: "powershell -File setup.ps1 -Password " },
  { name: "PowerShell -AppPoolPassword", text: ".\\install.ps1 -AppPoolPassword {s} -SiteName web", keep: " -SiteName web" },
  { name: "PowerShell -AppPoolPassword quoted", text: '.\\install.ps1 -AppPoolPassword "{s}" -Port 443', keep: " -Port 443" },
  {
    name: "PowerShell -Password single-quoted",
    text: "New-LocalUser -Name svc -Password '{s}' -FullName Service",
    keep: "New-LocalUser -Name svc",
  },
  { name: "PowerShell colon syntax", text: "Install-App -AdminPassword:{s} -Verbose", keep: " -Verbose" },
  {
    name: "PowerShell -DomainAdminPassword",
    text: "Add-Computer -DomainName corp.local -DomainAdminPassword {s} -Restart",
    keep: "-Restart",
  },
  { name: "PowerShell -ClientSecret", text: "Connect-Thing -TenantId t1 -ClientSecret {s}", keep: "-TenantId t1" },
  {
    name: "PowerShell -StorageAccountKey",
    text: "New-AzStorageContext -StorageAccountName acct -StorageAccountKey {s}",
    keep: "-StorageAccountName acct",
  },
  { name: "PowerShell -Secret", text: "Set-Secret -Name db -Secret {s}", keep: "Set-Secret -Name db" },
  {
    name: "PowerShell ConvertTo-SecureString",
    text: '$pw = ConvertTo-SecureString "{s}" -AsPlainText -Force',
    keep: "-AsPlainText -Force",
  },
  {
    name: "PowerShell ConvertTo-SecureString -String",
    text: "ConvertTo-SecureString -String '{s}' -AsPlainText -Force",
    keep: "-AsPlainText",
  },
  {
    name: "PowerShell nested credential",
    text: "-SafeModeAdministratorPassword (ConvertTo-SecureString '{s}' -AsPlainText -Force)",
    keep: "-SafeModeAdministratorPassword (",
  },
  { name: "GNU --password=", text: "setup.exe --password={s} --quiet", keep: " --quiet" },
  { name: "GNU --password space", text: "./setup.sh --password {s} --yes", keep: "./setup.sh" },
  { name: "mysql --password=", text: "mysql --user=root --password={s} erp", keep: "--user=root" },
  { name: "az --password", text: "az login --service-principal --username app --password {s} --tenant t1", keep: "--tenant t1" },
  { name: "az --account-key", text: "az storage blob upload --account-name acct --account-key {s} -f backup.bak", keep: "-f backup.bak" },
  { name: "--client-secret", text: "tool --client-id c1 --client-secret {s}", keep: "--client-id c1" },
  { name: "docker --password", text: "docker login -u admin --password {s} registry.local", keep: "registry.local" },
  { name: "--registry-password", text: "helm registry login reg.local --registry-password {s}", keep: "helm registry login reg.local" },
  { name: "nuget --api-key", text: "dotnet nuget push app.nupkg --api-key {s} --source feed", keep: "--source feed" },
  { name: "--sas-token quoted", text: 'restore --sas-token "{s}" --target d:', keep: "--target d:" },
  { name: "msbuild /p:", text: "deploy.cmd /p:{s} /v:m", keep: "/v:m" },
  { name: "sqlpackage /TargetPassword:", text: "sqlpackage /Action:Publish /TargetPassword:{s} /TargetUser:sa", keep: "/TargetUser:sa" },
  { name: "net use /password:", text: "net use Z: \\\\fs01\\share /user:corp\\svc /password:{s}", keep: "/user:corp\\svc" },
  { name: "--sharedKey", text: "vpn-setup --peer 203.0.113.7 --sharedKey {s}", keep: "--peer 203.0.113.7" },
  // Connection strings.
  {
    name: "storage AccountKey",
    text: "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={s};EndpointSuffix=local.azurestack.external",
    keep: "EndpointSuffix=local.azurestack.external",
  },
  { name: "storage AccountKey quoted", text: 'AccountName=acct;AccountKey="{s}"', keep: "AccountName=acct" },
  {
    name: "Service Bus SharedAccessKey",
    text: "Endpoint=sb://ns.servicebus.local/;SharedAccessKeyName=root;SharedAccessKey={s}",
    keep: "SharedAccessKeyName=root",
  },
  { name: "IoT SharedAccessKey", text: "HostName=hub.local;DeviceId=d1;SharedAccessKey={s}", keep: "DeviceId=d1" },
  { name: "SQL Password=", text: "Server=sql01;Database=erp;User Id=sa;Password={s};", keep: "User Id=sa" },
  { name: "SQL Pwd=", text: "Data Source=db;Initial Catalog=erp;User ID=app;Pwd={s}", keep: "Initial Catalog=erp" },
  { name: "SQL Password quoted", text: 'Server=tcp:db,1433;Password="{s}";Encrypt=true', keep: "Encrypt=true" },
  { name: "SQL Password spaced", text: "Server=db; Password = {s}; Timeout=30", keep: "Timeout=30" },
  {
    name: "SharedAccessSignature=",
    text: "BlobEndpoint=https://acct.blob.local/;SharedAccessSignature=sv=2019-02-02&ss=b&sig={s}",
    keep: "BlobEndpoint=https://acct.blob.local/",
  },
  // SAS query strings.
  {
    name: "SAS blob URL",
    text: "https://acct.blob.local.azurestack.external/vhds/os.vhd?sv=2017-04-17&sr=b&sig={s}&se=2026-01-01",
    keep: "se=2026-01-01",
  },
  { name: "SAS sig first", text: "https://acct.blob.local/c/b?sig={s}&sp=r", keep: "&sp=r" },
  { name: "SAS in azcopy", text: 'azcopy copy "https://a.blob.local/c?sp=r&sig={s}" /data', keep: "/data" },
  { name: "SAS upper case", text: "https://a.blob.local/c?sv=1&SIG={s}", keep: "sv=1" },
  // URL user-info.
  { name: "URL https user:password", text: "git clone https://deploy:{s}@git.contoso.local/repo.git", keep: "git.contoso.local/repo.git" },
  { name: "URL mongodb", text: "MONGO_URL mongodb://admin:{s}@db.internal:27017/app", keep: "db.internal:27017/app" },
  { name: "URL postgresql", text: "psql postgresql://app:{s}@pg.local/erp", keep: "pg.local/erp" },
  { name: "URL ftp", text: "curl -T f ftp://backup:{s}@ftp.local/in/", keep: "ftp.local/in/" },
  // Bearer tokens and JWTs.
  { name: "Authorization header", text: "Authorization: Bearer {s}AbCdEfGh", keep: "Authorization: Bearer " },
  { name: "curl bearer", text: 'curl -H "Authorization: Bearer {s}xyz12345" https://api.local', keep: "https://api.local" },
  { name: "bearer lower case", text: "auth=bearer {s}0123456789", keep: "auth=" },
  { name: "JWT alone", text: "token eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi{s}.sig{s}", keep: "token " },
  { name: "JWT in header", text: "x-ms-token: eyJhbGciOiJub25lIn0.eyJ{s}.c2ln", keep: "x-ms-token" },
  { name: "access_token=", text: "https://x.local/cb#access_token={s}&expires_in=3600", keep: "expires_in=3600" },
  { name: "refresh_token JSON", text: '{"refresh_token": "{s}", "scope": "openid"}', keep: '"scope": "openid"' },
  // PEM blocks.
  {
    name: "PEM RSA private key",
    text: "key follows\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow{s}IBAAKCAQEA\n-----END RSA PRIVATE KEY-----\nend",
    keep: "key follows",
  },
  { name: "PEM PKCS8 private key", text: "-----BEGIN PRIVATE KEY-----\nMIIEvQ{s}IBADANBgkq\n-----END PRIVATE KEY-----", keep: "" },
  { name: "PEM EC private key", text: "ec: -----BEGIN EC PRIVATE KEY-----\nMHcC{s}AQEE\n-----END EC PRIVATE KEY----- done", keep: " done" },
  {
    name: "PEM OpenSSH private key",
    text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn{s}NzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----\n",
    keep: "",
  },
  {
    name: "PEM encrypted private key",
    text: "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFH{s}zBJBgkq\n-----END ENCRYPTED PRIVATE KEY-----",
    keep: "",
  },
  { name: "PEM with certificate", text: "bundle\n-----BEGIN CERTIFICATE-----\nMIID{s}CCAoKg\n-----END CERTIFICATE-----", keep: "bundle" },
  // Assignments in scripts and environment.
  { name: "export DB_PASSWORD", text: "export DB_PASSWORD={s}", keep: "export " },
  {
    name: "env KUBE_CLIENT_SECRET",
    text: "KUBE_CLIENT_SECRET={s} /opt/azure/containers/provision.sh",
    keep: "/opt/azure/containers/provision.sh",
  },
  { name: "PowerShell $adminPassword", text: '$adminPassword = "{s}"; Start-Setup', keep: "Start-Setup" },
  { name: "cmd set SQL_PWD", text: "set SQL_PWD={s}&& setup.cmd", keep: "setup.cmd" },
  { name: "AZURE_CLIENT_SECRET", text: "AZURE_CLIENT_SECRET={s} az login --identity", keep: "az login --identity" },
  { name: "ARM_CLIENT_SECRET quoted", text: 'ARM_CLIENT_SECRET="{s}" terraform apply', keep: "terraform apply" },
  { name: "aws secret access key", text: "aws_secret_access_key = {s}", keep: "aws_secret_access_key" },
  { name: "api_key=", text: "https://monitor.local/push?api_key={s}&host=web-01", keep: "host=web-01" },
  { name: "storageKey=", text: "mount -o storageKey={s},vers=3.0 //fs/share /mnt", keep: "/mnt" },
  // YAML and JSON inside text.
  { name: "YAML password", text: "password: {s}", keep: "password: " },
  { name: "YAML client_secret indented", text: '  client_secret: "{s}"', keep: "  client_secret: " },
  { name: "JSON password", text: '{"password":"{s}","user":"svc"}', keep: '"user":"svc"' },
  { name: "JSON clientSecret", text: '{ "clientId": "c1", "clientSecret": "{s}" }', keep: '"clientId": "c1"' },
];

/** The secret of entry `index`: unique, and made of letters and digits only so it fits every shape. */
export function corpusSecret(index: number): string {
  return `Cpx${String(index).padStart(3, "0")}q7ZsecretV9`;
}

/** The entry's text with its secret in place. */
export function corpusText(index: number): string {
  return SECRET_CORPUS[index]!.text.replaceAll("{s}", corpusSecret(index));
}
