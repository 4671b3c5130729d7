/** プランナーが書く文章の日本語版。キーとプレースホルダーは planner-en.ts と一致させる(test/plan/messages.test.ts で確認)。 */
import type { plannerEn } from "./planner-en.js";

export const plannerJa: Record<keyof typeof plannerEn, string> = {
  "backup.applies.azureVm": "すべての VM(Azure VM エージェントとバックアップ拡張機能)",
  "backup.applies.commvault": "Commvault エージェントを入れた VM",
  "backup.applies.generic": "汎用エージェントを入れた VM",
  "backup.applies.mabs": "MABS サーバー",
  "backup.applies.mabsAndMars": "MABS サーバーと MARS エージェントを入れた VM",
  "backup.applies.mabsAndProtected": "MABS サーバーと保護対象の VM",
  "backup.applies.mabsProtected": "MABS で保護する VM",
  "backup.applies.mars": "MARS エージェントを入れた VM",
  "backup.applies.resources": "AzCopy、キー コンテナーのエクスポート、Velero を実行する VM またはクラスター",
  "backup.applies.veeam": "Veeam Agent を入れた VM",
  "backup.applies.veeamLinux": "Veeam Agent を入れた Linux VM",
  "backup.applies.veeamWindows": "Veeam Agent を入れた Windows VM",
  "backup.methodName.blob-copy": "AzCopy sync で BLOB コンテナーをスタック外のストレージ アカウントへ同期",
  "backup.methodName.commvault-agent": "Commvault のファイル システム / データベース エージェント(SP16 以降)",
  "backup.methodName.excluded": "テナントの指定でバックアップ対象外(backup.exclude)",
  "backup.methodName.generic-agent": "汎用のバックアップ エージェント(Acronis、Arcserve、Rubrik など)で、VM を物理マシンとして扱う",
  "backup.methodName.key-vault-backup":
    "キー コンテナーの各項目をバックアップ(Backup-AzKeyVaultKey / -Secret / -Certificate)し、保護されたスタック外のストレージへ保管",
  "backup.methodName.kubernetes-rebuild": "VM レベルではバックアップしない: Kubernetes ノードはクラスターの定義から再構築(状態は Velero で保護)",
  "backup.methodName.mabs-mars": "Microsoft Azure Backup Server(MABS)と MARS エージェントで Recovery Services コンテナーへ",
  "backup.methodName.mars": "MARS エージェント単体で Recovery Services コンテナーへ",
  "backup.methodName.none": "保護なし: 階層がないか、カタログに保護できる方式がない",
  "backup.methodName.veeam-agent-linux": "Veeam Agent for Linux(Veeam Backup & Replication で管理)",
  "backup.methodName.veeam-agent-windows": "Veeam Agent for Microsoft Windows(Veeam Backup & Replication で管理)",
  "backup.methodName.velero": "Velero で永続ボリュームをファイル システム バックアップ(kopia)し、スタック外のオブジェクト ストレージへ",
  "backup.reason.app-aware":
    "{roles} をアプリケーション対応で保護するには MABS が必要です(MARS 単体でバックアップできるのはファイル、フォルダー、システム状態だけです)",
  "backup.reason.blob-copy":
    "BLOB コンテナーを azcopy sync でスタック外のストレージ アカウントにコピーします。インフラストラクチャ バックアップにはテナントのストレージは含まれません",
  "backup.reason.commvault": "テナントの製品ファミリが Commvault です。Commvault のエージェントは Windows と Linux のどちらのゲストにも対応します",
  "backup.reason.excluded": "VM に backup.exclude が設定されています",
  "backup.reason.generic": "テナントの製品ファミリが汎用のゲスト エージェントです",
  "backup.reason.key-vault-backup":
    "キー、シークレット、証明書をそれぞれ Backup-AzKeyVaultKey/-Secret/-Certificate でエクスポートし、その BLOB をスタック外に保管します",
  "backup.reason.kubernetes-node": "Kubernetes ノードはクラスターの定義から再構築します。ワークロードの状態は Velero で保護します",
  "backup.reason.linux-partner":
    "Azure Stack Hub では MABS と MARS で Linux を保護できず、Linux にはパートナー製品しか選択肢がありません。Veeam Agent for Linux は Azure Stack Hub で検証済みのパートナー製エージェントです",
  "backup.reason.mars-frequency":
    '階層 "{tier}" は RPO {rpo} 時間(1 日 {wanted} 回のバックアップ)を求めています。コンテナーへ送れる回数は、MARS 単体なら 1 日 {mars} 回、MABS では {mabs} 回だけです',
  "backup.reason.no-method": "{type} を保護できる方式がカタログにありません",
  "backup.reason.no-tier": "VM に階層がなく、protection.defaultTier も設定されていません",
  "backup.reason.override": "VM の backup.method で指定されています",
  "backup.reason.server-core": "MARS は Server Core では動作しないため、MABS が保護エージェント経由で VM を保護します",
  "backup.reason.unknown-override": '{reason}(backup.method の "{override}" はカタログにある VM の方式ではありません)',
  "backup.reason.veeam-linux": "テナントの製品ファミリが Veeam で、ゲスト OS が Linux です",
  "backup.reason.veeam-windows": "テナントの製品ファミリが Veeam で、ゲスト OS が Windows です",
  "backup.reason.velero":
    "Velero がクラスターのオブジェクトを、ファイル システム バックアップで永続ボリュームを、スタック外のオブジェクト ストレージにバックアップします",
  "backup.reason.windows-mabs": "Windows VM です。MABS は高速な復元のために 5 日分のローカル コピーを保持し、オンライン コピーをコンテナーへ送ります",
  "backup.reason.workgroup":
    "アプリケーションの役割を持たないワークグループの Windows VM です。MARS 単体でコンテナーへ直接送るため、ドメインに MABS サーバーは不要です",
  "backup.rule.azure-contrast":
    "比較: パブリック Azure では、バックアップ拡張機能が通信するのは WireServer だけです。スナップショットとコンテナーへの転送はプラットフォーム側で行われ、VM の NIC は通りません",
  "backup.rule.commvault-control": "CommServe と MediaAgent からクライアントの通信サービス(8400)とファイアウォール トンネル(8403)への通信",
  "backup.rule.commvault-data": "MediaAgent へのバックアップ データ(MediaAgent がスタック外のライブラリに書き込みます)",
  "backup.rule.dns": "ドメイン コントローラーでの名前解決",
  "backup.rule.generic-data": "バックアップ先({note})へのバックアップ データ。製品固有の制御用ポートは製品のドキュメントに従って追加してください",
  "backup.rule.kerberos": "ドメイン コントローラーへの Kerberos と LDAP(UDP 88 と 389 も必要)",
  "backup.rule.mabs-data": "MABS のデータ チャネル: エージェント コーディネーター(5718)と保護エージェント(5719)",
  "backup.rule.mabs-dcom": "MABS から保護エージェントへの DCOM によるコマンド送信(135 と動的 RPC ポート範囲)",
  "backup.rule.mabs-netbios": "MABS と保護対象 VM 間の NetBIOS 名前サービスとデータグラム サービス",
  "backup.rule.mabs-smb": "MABS と保護対象 VM 間のエージェントのインストールと SMB 操作",
  "backup.rule.mars-entra": "MARS エージェントの Microsoft Entra ID へのサインイン",
  "backup.rule.mars-vault":
    "MARS エージェントから Recovery Services コンテナーとそのストレージ、キューへの通信(バックアップ データは VM の NIC から出ていきます)",
  "backup.rule.note.storageAccount": "{location} のストレージ アカウント",
  "backup.rule.protected-to-mabs": "保護対象のマシンからも MABS サーバーへのデータ チャネルを開きます",
  "backup.rule.resources": "BLOB のコピー、キー コンテナーのバックアップ、Velero のオブジェクトをスタック外のストレージへ送る通信",
  "backup.rule.veeam-data":
    "エージェントからスタック外のリポジトリ({note})へ直接送るバックアップ データ。エージェントはリポジトリに直接接続できる必要があります",
  "backup.rule.veeam-linux": "バックアップ サーバーが SSH でエージェントを展開して制御します(エージェント サービス 10006)",
  "backup.rule.veeam-windows": "バックアップ サーバーがエージェントを配布して制御します(RPC/SMB、Veeam Installer Service 6160、エージェント サービス 10005)",
  "backup.what.kubernetesCluster": "Kubernetes クラスター {name}",
  "backup.what.storageAccount": "ストレージ アカウント {name}",
  "backup.why.noServerCore": "この方式は Windows Server Core では動作しません",
  "backup.why.windowsOnly": "この方式は Windows 専用です(Azure Stack Hub では MABS/MARS で Linux を保護できません)",
  "bcdr.check.app":
    "アプリケーションのレプリカ: DR レプリカのライセンス(SQL Server、Windows Server)と、レプリカ用ネットワークから WAN 経由で本番環境にルーティングできることを確認します",
  "bcdr.check.asr.disks":
    "Azure への Site Recovery: BitLocker、記憶域スペース、共有ディスク、クラスター ディスク、保護開始後にホット追加したディスクは使えません(ディスクを追加するにはレプリケーションを無効にしてから再度有効にします)。ディスクは縮小できません",
  "bcdr.check.asr.kernel":
    "Azure への Site Recovery: Linux VM は、各リリースでサポートされているカーネルで動かす必要があります(物理サーバーのサポート マトリックス)",
  "bcdr.check.asr.measure":
    "Azure への Site Recovery: 実際の書き込み量(Windows: Disk Write Bytes/sec、Linux: /proc/diskstats)を 7 日以上測定してください。Deployment Planner は Azure Stack Hub の VM をプロファイルできないため、計画の変更量は変更率の推定値に基づいています",
  "bcdr.check.restore":
    "復元: IaC エクスポートが最新で、バックアップと一緒にスタック外に保管されていること、DR サイトに再デプロイする VM 分のクォータがあることを確認します",
  "bcdr.check.s2s":
    "スタック間: Linux VM はサポートされているカーネルのままにします(カーネルの更新を保留)。Windows 7 と 2008 R2 には SSU と SHA-2 の更新プログラムが必要です",
  "bcdr.gap.dependency-cycle": "依存関係の循環 {cycle}: 循環内のフェールオーバー順序は推定です",
  "bcdr.hours": "{n} 時間",
  "bcdr.issue.app.no-dr-site": "レプリカを置く DR サイトがありません",
  "bcdr.issue.data-disk-too-large": "データ ディスク {disk} は {gib} GiB です。Site Recovery が扱えるのは最大 {max} GiB です",
  "bcdr.issue.disk-churn":
    "ディスク {disk} の書き込みはピーク時に約 {rate} MiB/秒 です。{target} のレプリカ ディスクが受けられるのは、大きな書き込みでも最大 {max} MiB/秒 です",
  "bcdr.issue.disk-churn-8k":
    "ディスク {disk} の書き込みはピーク時に約 {rate} MiB/秒 です。{target} のレプリカ ディスクが受けられるのは 8 KB の書き込みで {max} MiB/秒 です(書き込みが大きければそれ以上)",
  "bcdr.issue.disk-too-large":
    "ディスク {disk} は {gib} GiB です。スタック間レプリケーションで保護できるのは最大 {max} GiB のディスクです(1 GiB を追加し、ディスクの上限は 1,023 GiB のため)",
  "bcdr.issue.disk-too-small": "ディスク {disk} は {gib} GiB です。レプリケートするディスクはすべて 1 GiB(1,024 MB)より大きい必要があります",
  "bcdr.issue.excluded-from-backup": "VM がバックアップの対象外(backup.exclude)のため、復元するものがありません",
  "bcdr.issue.linux-kernel":
    "Linux カーネルはサポート一覧にあるバージョンのままにする必要があります。カーネルの更新を保留してください(apt-mark hold linux-image-azure linux-headers-azure)",
  "bcdr.issue.os-disk-too-large": "OS ディスク {disk} は {gib} GiB です。Site Recovery が扱えるのは最大 {max} GiB(第 1 世代)です",
  "bcdr.issue.os-migration-only": "{os} は Site Recovery では移行にのみ対応しており、ディザスター リカバリーには対応していません",
  "bcdr.issue.os-minor-version": "{os}: サポートされるのは一部のマイナー バージョン({versions})だけです。正確なリリースを確認してください",
  "bcdr.issue.os-not-on-ash-list":
    "{os} は Azure Stack Hub から Azure へのサポート一覧(2019 年版: Windows Server 2008 R2 SP1–2019、CentOS 5.2–7.3、Ubuntu 14.04/16.04)にありません。現在の物理サーバーのサポート マトリックスとカーネルの一覧を確認してください",
  "bcdr.issue.os-not-supported": "{os} はスタック間レプリケーションのサポート一覧にありません",
  "bcdr.issue.os-unknown.azure": '"{os}" はこのツールで Site Recovery のサポート一覧と照合できない OS です。手動で確認してください',
  "bcdr.issue.os-unknown.stack": '"{os}" はこのツールでスタック間レプリケーションのサポート一覧と照合できない OS です。手動で確認してください',
  "bcdr.issue.process-server-churn":
    "VM の 1 日の変更量は {gib} GiB です。1 台のマシンは 1 つのプロセス サーバーを使い、プロセス サーバーが扱えるのは 1 日最大 2 TB です",
  "bcdr.issue.restore.no-dr-site": "DR サイトがないため、復元はスタンプの再構築または代替スタンプを待つことになります。その時間は見積もりに含まれていません",
  "bcdr.issue.sql-standard-basic-ag":
    "SQL Server Standard エディションで使えるのは基本的な可用性グループ(1 グループにデータベース 1 つ)だけです。データベースが多い場合はログ配布を使ってください",
  "bcdr.issue.stamp-version": "{what} のバージョンは {version} です。Azure Stack Hub の Site Recovery には {min} 以降が必要です",
  "bcdr.issue.stamp-version-missing": "{what} のバージョンが {min} 以降かどうか判断できません。スタック間レプリケーションに頼る前に確認してください",
  "bcdr.issue.stamp-version-unknown":
    '{what} のバージョン "{version}" が {min} 以降かどうか判断できません。スタック間レプリケーションに頼る前に確認してください',
  "bcdr.issue.too-many-data-disks": "データ ディスクが {count} 個あります。Site Recovery でレプリケートできるのは最大 {max} 個です",
  "bcdr.issue.too-many-disks":
    "ディスクが {count} 個あります。アプライアンスが一度に再保護できるのは最大 {max} 個です(より大きいアプライアンス サイズは未検証)",
  "bcdr.issue.vm-churn": "VM の書き込みはピーク時に約 {rate} MiB/秒 です。Site Recovery が VM 1 台あたりに受けられるピーク時の変更量は最大 {max} MiB/秒 です",
  "bcdr.issue.vm-churn-25":
    "VM の書き込みはピーク時に約 {rate} MiB/秒 です。現在の VM あたりの上限 54 MiB/秒 は下回りますが、以前のサポート マトリックスにある 25 MiB/秒 を超えています(2 つの値は矛盾しています。azure-docs#52643)",
  "bcdr.issue.windows-only": "{role}: ネイティブのレプリケーションは Windows Server の機能ですが、この VM の OS は {os} です",
  "bcdr.method.application-replication": "アプリケーション レベルのレプリケーション",
  "bcdr.method.asr-stack-to-stack": "Azure Stack Hub の Azure Site Recovery(スタック間)",
  "bcdr.method.asr-to-azure": "Azure への Azure Site Recovery(物理サーバーとして)",
  "bcdr.method.none": "方式なし",
  "bcdr.method.restore-and-redeploy": "バックアップからの復元 + IaC からの再デプロイ",
  "bcdr.note.asr.configurationServer":
    "サブスクリプション「{subscription}」に構成サーバー VM(プロセス サーバーを含む)を 1 台置く。保護する VM はすべて同じサブスクリプションにあり、プロセス サーバーに直接到達できる必要がある",
  "bcdr.note.asr.freeDays":
    "保護対象インスタンスは最初の {days} 日間 Site Recovery の料金がかからない。DR 側の VM はフェールオーバーまで動かない(コンピューティング料金もかからない)",
  "bcdr.note.asr.mobility":
    "各 VM に Mobility サービスをプッシュ インストールする(「Not virtualized/Other」と「Physical machines」を選ぶ)。ドライバーは VM のメモリの {ramPercent} % を使う",
  "bcdr.note.asr.path":
    "レプリケーションはインターネットか ExpressRoute の Microsoft ピアリングを通る。2019 年のガイドでは、サイト間 VPN はレプリケーション トラフィックに使えない",
  "bcdr.note.asr.perTenant": "テナントごとに専用の Recovery Services コンテナーと構成サーバーを用意する",
  "bcdr.note.asr.ports":
    "ポート: 構成サーバーとプロセス サーバーから Azure へは {https} 番の送信、VM から構成サーバーへは {https} 番、プロセス サーバーへは {replication} 番の受信",
  "bcdr.note.asr.recoveryPlan": "復旧計画に入れられるサーバーは最大 {servers} 台。ランブックのグループごとに 1 つ作り、超える場合は分割する",
  "bcdr.note.s2s.appliance":
    "各ソース サブスクリプションに Marketplace の「ASR appliance on AzureStack Hub」VM({size}: 8 vCPU、28 GiB)を展開する。アプライアンスごとに Recovery Services コンテナーを 1 つ、ターゲット スタンプ上に作る",
  "bcdr.note.s2s.deleteOrder":
    "保護を解除する前にアプライアンスを削除しないこと。削除するとコンテナーはユーザー サブスクリプションごとでなければ削除できなくなる",
  "bcdr.note.s2s.noSla":
    "スタック間レプリケーションには VM ごとの RPO SLA も変更量の上限も文書化されていない(未検証)。バックログが 1 日分たまると ASR はタイムアウトする",
  "bcdr.note.s2s.owner": "展開するユーザーには各ソース サブスクリプションの所有者ロールが必要。アプライアンスはそのユーザーが参照できるすべての VM を検出する",
  "bcdr.note.s2s.provider":
    "ターゲット スタンプのオペレーターが Site Recovery リソース プロバイダー(管理側で約 {vCores} vCore、メモリ {memoryGB} GB、ディスク {diskGB} GB)と *.asr.<region>.<fqdn> の PKI 証明書を導入する",
  "bcdr.note.s2s.recoveryPlans": "カスタマイズした復旧計画は使えない。ランブックのグループに沿って VM ごとに進める(VM にタグを付け、PowerShell で操作する)",
  "bcdr.note.s2s.tested":
    "Microsoft は 1 台のアプライアンスで {tested} 台の VM を検証した。コンテナーあたりの VM 数の上限は文書化されていない(未検証)ため、{tested} 台ごとにアプライアンスを 1 台追加する",
  "bcdr.notPossible.item": "{method}: {blockers}",
  "bcdr.notPossible.none": "該当する方式なし",
  "bcdr.reason.app": "{why}。ワークロード自身のレプリケーションを使うと、ディスクのコピーよりも速く確実にフェールオーバーできます",
  "bcdr.reason.asr": "{why}。{site}",
  "bcdr.reason.asr.app-blocked": "{why}。アプリケーション レベルのレプリケーションは使えません({blockers})。{site}",
  "bcdr.reason.dc":
    "他の VM が DR サイトでサインインするにはドメイン コントローラーが必要です。また、DC をバックアップから復元すると USN ロールバックの危険があるため、DR サイトで DC を常時稼働させます",
  "bcdr.reason.no-site-blocked": "DR サイトがなく、さらに次の理由があります: {blockers}",
  "bcdr.reason.no-site-restore":
    "DR サイトはありませんが、再構築したスタンプまたは代替スタンプへの復元(約 {restore})で RTO {rto}を満たせます(スタンプが用意できた時点から)",
  "bcdr.reason.no-site-slow": "DR サイトがなく、復元には約 {restore}かかり、RTO {rto}を超えます",
  "bcdr.reason.no-tier": "VM に階層がありません(既定の階層も適用されません)。意図して保護対象外にしています",
  "bcdr.reason.requires-dr-no-site": '階層 "{tier}" は DR を必要としますが、protection.drSite が "none" または未設定のため、レプリケート先がありません',
  "bcdr.reason.restore-enough": '復元は約 {restore}で RTO {rto}以内に収まり、階層 "{tier}" は DR を必要としないため、スタンバイは不要です',
  "bcdr.reason.restore-fallback": "{why}が、どのレプリケーション方式でも保護できません({notPossible})。復元(約 {restore})で RTO を満たせます",
  "bcdr.reason.uncovered": "{why}。どのレプリケーション方式でも保護できません({notPossible})",
  "bcdr.reason.uncovered.slow": "{why}。どのレプリケーション方式でも保護できず({notPossible})、復元には約 {restore}かかり RTO {rto}を超えます",
  "bcdr.rto.late": "{vm} は稼働まで約 {hours} 時間({method})",
  "bcdr.rto.uncovered": "{vm} には十分に速い方式がありません",
  "bcdr.runbook.declare.confirm":
    "ソース スタンプ {stamp} が停止している、または最も短い RTO を超えて使えない状態であることを確認します。ARM エンドポイントを確認し、スタンプのオペレーターに問い合わせます。",
  "bcdr.runbook.declare.freeze": "変更を凍結します。アプリケーションの担当者と利用者に連絡し、ソースに書き込むスケジュール ジョブを停止します。",
  "bcdr.runbook.declare.restores":
    "復元はバックアップ サーバーが許す範囲で並行して直ちに開始します。復元が最も時間がかかります({vms})。この計画の「稼働までの時間」は復元を T0 に開始する前提です。その後、各 VM をそれぞれのグループで起動します。",
  "bcdr.runbook.declare.splitBrain":
    "旧プライマリが予期せず復帰しないようにします(スプリット ブレインの防止)。ソースの仮想ネットワークからサイト間 VPN または ExpressRoute を切断するか、ソースの VM がまだ動いていればシャットダウンします。",
  "bcdr.runbook.declare.t0": "判断した時刻(T0)を記録します。この計画の RTO はすべて T0 から数えます。",
  "bcdr.runbook.dns.aRecord": "{vm} の A レコード(変更前は {address})を DR での新しいアドレスに更新します。",
  "bcdr.runbook.dns.check": "DR の VM から名前解決を確認します。",
  "bcdr.runbook.dns.keep":
    "内部の A レコードはアドレスが変わらないため(DR サイトでも同じアドレス範囲)、変更は不要です。ただし、常時稼働のレプリカは独自の名前を持ちます。",
  "bcdr.runbook.dns.label": 'ラベル "{label}" を使うパブリック名',
  "bcdr.runbook.dns.point": "パブリック DNS ゾーンで、{name}({endpoint})を DR サイトの新しいパブリック アドレスに向けます。",
  "bcdr.runbook.dns.pointNow": "パブリック DNS ゾーンで、{name}({endpoint}、現在は {address})を DR サイトの新しいパブリック アドレスに向けます。",
  "bcdr.runbook.dns.records": "{target} を指すパブリック レコード",
  "bcdr.runbook.dns.ttl":
    "計画フェールオーバーの前日までに(または常時の設定として)、変更するレコードの TTL を 300 秒にしておき、クライアントがすぐに追従できるようにします。",
  "bcdr.runbook.failback.app.dns": "DNS: ソース サーバーをプライマリに、DR サーバーをセカンダリに戻します。",
  "bcdr.runbook.failback.app.exchange": "Exchange: ソースの DAG メンバーを再開し、データベースを元に戻します。",
  "bcdr.runbook.failback.app.files":
    "ファイル サービス: ソース サーバーを DFS-R のメンバーに戻し、バックログが 0 になるのを待ってから、名前空間のターゲットを再びオンラインにします。",
  "bcdr.runbook.failback.app.identity":
    "ID: ソース スタンプに新しい DC を構築し(役割を強制移動した場合は古い DC を決して復元しない)、失われた DC のメタデータをクリーンアップしてから、-Force を付けずに FSMO の役割を戻します。",
  "bcdr.runbook.failback.app.sql":
    "SQL Server: ソースのレプリカを再参加させて同期させ、同期コミットに切り替えてから、データ損失なしでフェールオーバーし、非同期コミットに戻します。",
  "bcdr.runbook.failback.asr.capacity": "再構築したソース スタンプに、ネットワーク(同じアドレス範囲)と VM を動かすための容量があることを確認します。",
  "bcdr.runbook.failback.asr.copy":
    "Copy-AzSiteRecoveryVmVHD で、マネージド ディスクの VHD をスタックにコピーします(AzCopy モードは速いもののローカルの空き容量が必要で、StorageBlobCopy モードは不要です)。ディスク全体が転送されるため、DR 回線をプロビジョニング済みのサイズ分が流れます。",
  "bcdr.runbook.failback.asr.copy.gib":
    "Copy-AzSiteRecoveryVmVHD で、マネージド ディスクの VHD をスタックにコピーします(AzCopy モードは速いもののローカルの空き容量が必要で、StorageBlobCopy モードは不要です)。ディスク全体が転送されるため、DR 回線を約 {gib} GiB が流れます。",
  "bcdr.runbook.failback.asr.copy.hours":
    "Copy-AzSiteRecoveryVmVHD で、マネージド ディスクの VHD をスタックにコピーします(AzCopy モードは速いもののローカルの空き容量が必要で、StorageBlobCopy モードは不要です)。ディスク全体が転送されるため、DR 回線を約 {gib} GiB が流れ、回線で使える帯域で約 {hours} 時間かかります。",
  "bcdr.runbook.failback.asr.deploy": "そのテンプレートをスタックにデプロイします。",
  "bcdr.runbook.failback.asr.manual":
    "Site Recovery には Azure Stack Hub への再保護やフェールバックの機能がないため、フェールバックはディスクを手動でダウンロードしてアップロードする作業になります。フェールバック用のツールは aka.ms/azshasr から入手します。",
  "bcdr.runbook.failback.asr.prepare":
    "Prepare-AzSiteRecoveryVMFailBack を実行します。スタック上の既存 VM のディスクを置き換えるか、VM を作り直す ARM テンプレートが作成されます。",
  "bcdr.runbook.failback.asr.reprotect":
    "VM をもう一度保護します。古いレプリケート項目の保護を無効にしてから、構成サーバーからレプリケーションを有効にします(初回レプリケーションはフル コピーになります)。",
  "bcdr.runbook.failback.asr.start": "ランブックのグループ順にスタック上の VM を起動して確認し、DNS を元に戻します。",
  "bcdr.runbook.failback.asr.stop": "ディスクが変更されないよう、各 Azure VM を停止します。",
  "bcdr.runbook.failback.restore.backup": "DR サイトで稼働している VM をバックアップします(利用者の書き込みを止めた後の最終バックアップ)。",
  "bcdr.runbook.failback.restore.cleanup": "DNS を元に戻し、ソース側が稼働してバックアップも取れたら DR 側のコピーを削除します。",
  "bcdr.runbook.failback.restore.redeploy": "再構築したソース スタンプに IaC エクスポートから VM を再デプロイし、グループ順にそのバックアップを復元します。",
  "bcdr.runbook.failback.s2s.batch": "バッチ {n}: {vms}",
  "bcdr.runbook.failback.s2s.failover": "ランブックのグループ順に、ソース スタンプへの計画フェールオーバーを実行し、コミットします。",
  "bcdr.runbook.failback.s2s.oneBatch": "1 バッチ",
  "bcdr.runbook.failback.s2s.reprotect": "元の方向でもう一度再保護します。",
  "bcdr.runbook.failback.s2s.reprotectBatches":
    "フェールオーバーした VM を、ターゲット スタンプからソースへ向けて再保護します。一度に再保護できるディスクは最大 {max} 個です(アプライアンスの空きディスク スロット数): {batches}。",
  "bcdr.runbook.failback.s2s.wait":
    "すべての項目が「保護済み」(同期済み)になるまで待ちます。再保護後の手動での再同期はまだサポートされていないため、止まった項目は保護を無効にしてから再度有効にします。",
  "bcdr.runbook.group.asr":
    "Azure への Site Recovery({vms}): レプリケートされた各項目(または復旧計画のこのグループ)を、最新の処理済み復旧ポイントにフェールオーバーします。",
  "bcdr.runbook.group.asrCommit": "VM が起動し、以下の確認に合格したら、フェールオーバーをコミットします。",
  "bcdr.runbook.group.check":
    "各 VM がサービスのポートで応答し、サービスが動いていることを確認します({vms})。後のグループの VM は、依存先の VM がこの確認に合格してから起動します。",
  "bcdr.runbook.group.dns": "DNS({vms} の代替): DR のセカンダリ ゾーンをプライマリにします。",
  "bcdr.runbook.group.exchange": "Exchange({vms}): DAG を DR サイトへデータセンター切り替えします。",
  "bcdr.runbook.group.files":
    "ファイル サービス({vms}): DFS 名前空間でソース側のフォルダー ターゲットをオフラインにし、クライアントが DR サーバーを使うようにします。",
  "bcdr.runbook.group.fsmo":
    "ソースの DC が戻らない場合は、DR の DC で FSMO の役割を強制移動(seize)します。役割を強制移動された元の DC は決してオンラインに戻さず、再構築してください。",
  "bcdr.runbook.group.identity": "ID({vms} の代替): DR のドメイン コントローラーが正常で最新の状態であることを確認します。",
  "bcdr.runbook.group.listener": "リスナーまたは接続文字列を DR のレプリカに向け、データベースが ONLINE であることを確認します。",
  "bcdr.runbook.group.logShipping": "ログ配布を使っている場合は、DR サーバーで最後にコピーしたログ バックアップを復元し、データベースをオンラインにします。",
  "bcdr.runbook.group.restore": "復元({vms}): 各 VM を IaC エクスポートから DR の仮想ネットワークに再デプロイします。",
  "bcdr.runbook.group.restoreData":
    "バックアップ エージェントをインストール(または確認)し、スタック外のバックアップ先から各 VM のデータ ディスクとシステム状態の最新の復旧ポイントを復元します。",
  "bcdr.runbook.group.s2s":
    "スタック間の Site Recovery({vms}): ターゲット スタンプのユーザー ポータルで Recovery Services コンテナー → [レプリケートされたアイテム] を開き、VM ごとに [フェールオーバー] を実行してからコミットします。カスタムの復旧計画はないため、この一覧に従うか、drGroup などのタグで絞り込みます。",
  "bcdr.runbook.group.sql": "SQL Server({vms}): DR のレプリカで可用性グループを強制フェールオーバーします(非同期レプリカのため、未送信のデータは失われます)。",
  "bcdr.runbook.group.storageReplica": "記憶域レプリカを使っている場合は、パートナーシップを逆転させて DR 側のボリュームをソースにします。",
  "bcdr.runbook.network.asrMapping":
    "Recovery Services コンテナーでネットワーク マッピングを確認します。レプリケートされた各項目のターゲット仮想ネットワークとサブネット(コンピューティングとネットワークの設定)です。ターゲット サブネットが同じアドレス範囲であれば、Site Recovery はソースの IP アドレスを維持します。",
  "bcdr.runbook.network.create":
    "IaC エクスポートから、DR サイト {site} に同じアドレス範囲とサブネットで仮想ネットワークを作成します: {ranges}。静的プライベート アドレスはそのまま使えます。",
  "bcdr.runbook.network.createNone":
    "IaC エクスポートから、DR サイト {site} に同じアドレス範囲とサブネットで仮想ネットワークを作成します(インベントリに仮想ネットワークはありません)。静的プライベート アドレスはそのまま使えます。",
  "bcdr.runbook.network.dnsServers": "DR のすべての仮想ネットワークで、DNS サーバーを DR のドメイン コントローラーのアドレスに設定します。",
  "bcdr.runbook.network.readdress":
    "テナントのアドレス範囲が DR サイトで使用中の範囲と重複しています({overlaps})。DR の仮想ネットワークは空いている新しいアドレス範囲で作成し、静的アドレスを持つすべての VM に新しいアドレスを割り当てます(一覧は DNS の変更を参照)。",
  "bcdr.runbook.network.replica":
    "常時稼働のレプリカ(追加の DC、データベースのレプリカ)はレプリカ用ネットワーク(推奨 {network})にあります。ここで新しい DR の仮想ネットワークとピアリングします。",
  "bcdr.runbook.test.app": "アプリケーションのレプリカをフェールオーバーせずに確認します。AG の同期状態、AD のレプリケーション、DFS-R のバックログです。",
  "bcdr.runbook.test.asr": "レプリケートされた各項目のテスト フェールオーバーを、グループ順に、分離したネットワークへ実行します。",
  "bcdr.runbook.test.asrCleanup": "確認が終わったら、テスト フェールオーバーをクリーンアップします。",
  "bcdr.runbook.test.dc":
    "テスト用の VM がサインインできるよう、分離したネットワークに使い捨てのドメイン コントローラーを(DR の DC のシステム状態のバックアップから)構築します。本番環境には決して接続せず、テスト後に削除します。",
  "bcdr.runbook.test.network":
    "DR サイトに、同じアドレス範囲で分離したテスト用の仮想ネットワークを作成します。本番環境やレプリカ用ネットワークへの VPN、ExpressRoute、ピアリングは設定しません。",
  "bcdr.runbook.test.record": "グループごとに達成した RTO と使った復旧ポイントを記録し、計画と比べます。",
  "bcdr.runbook.test.repeat": "少なくとも年 2 回と、大きな変更のたびに繰り返します(前提: docs/assumptions.md)。",
  "bcdr.runbook.test.restore":
    "グループごとに 1 台の VM を IaC エクスポートから分離したネットワークに再デプロイし、最新のバックアップを復元します。所要時間を計画の復元見積もりと比べます。",
  "bcdr.runbook.test.s2s":
    "ターゲット スタンプのポータルで、レプリケートされた各項目について分離したネットワークへの [テスト フェールオーバー] を実行し(カスタムの復旧計画はないため、グループ順に VM ごとに実行)、その後 [テスト フェールオーバーのクリーンアップ] を実行します。",
  "bcdr.runbook.title.cycle": "依存関係の循環(ほかの依存関係なし)",
  "bcdr.runbook.title.depth": "前のグループの VM が必要(依存関係の深さ {depth})",
  "bcdr.runbook.title.identity": "ID と DNS",
  "bcdr.runbook.title.none": "依存関係なし",
  "bcdr.runbook.validate.protect": "DR 側のコピーの保護を始めます。フェールオーバーした VM の最初のバックアップを、DR サイト以外のバックアップ先に取得します。",
  "bcdr.runbook.validate.smoke": "サービスの復旧を宣言する前に、各アプリケーションのスモーク テスト(サインイン、読み取り、書き込み)を実行します。",
  "bcdr.runbook.validate.times":
    "グループごとに、各 VM が使えるようになった時刻を、計画の「稼働までの時間」と階層の RTO と比べます。実際の時刻は DR の記録に残します。",
  "bcdr.site.azure-region": "DR サイトは Azure リージョンです",
  "bcdr.site.second-stamp": "DR サイトは 2 台目のスタンプです",
  "bcdr.tech.active-directory": "DR サイトに追加のドメイン コントローラー(DNS を含む)を置き、AD DS のレプリケーションで最新の状態に保つ",
  "bcdr.tech.asr-stack-to-stack":
    "ソース スタンプの ASR アプライアンス → ターゲット スタンプの Recovery Services コンテナー。フェールオーバー先はターゲット スタンプの VM",
  "bcdr.tech.asr-to-azure": "モビリティ サービス → 構成サーバー VM 上のプロセス サーバー → Azure Storage。フェールオーバー先は Azure VM",
  "bcdr.tech.dns": "DR サイトにセカンダリ DNS サーバーを置く(ゾーン転送)",
  "bcdr.tech.exchange": "DR サイトに Exchange のデータベース可用性グループ(DAG)のメンバーを置く",
  "bcdr.tech.file-server": "DR サイトのファイル サーバーへの DFS レプリケーション(または記憶域レプリカ)",
  "bcdr.tech.restore": "IaC エクスポートから DR サイトに再デプロイし、スタック外のバックアップからデータを復元",
  "bcdr.tech.restore.no-site": "IaC エクスポートから再デプロイし、スタック外のバックアップからデータを復元",
  "bcdr.tech.sql-server": "SQL Server Always On 可用性グループで DR サイトに非同期コミットのレプリカを置く(またはログ配布)",
  "bcdr.what.sourceStamp": "ソース スタンプ {name}",
  "bcdr.what.targetStamp": "ターゲット スタンプ {name}",
  "bcdr.what.targetStampUnnamed": "ターゲット スタンプ(名前なし)",
  "bcdr.why.requires-dr": '階層 "{tier}" は DR を必要とします',
  "bcdr.why.restore-impossible": "バックアップから復元できません({blockers})",
  "bcdr.why.restore-slow": "復元には約 {restore}かかり、RTO {rto}を超えます",
  "common.verbatim": "{text}",
  "contrast.aks.consistency":
    "ボリューム スナップショットはクラッシュ整合性で、複数ボリュームの同時スナップショットはありません。アプリケーション整合性にはフックを使います",
  "contrast.aks.frequency": "{hours} 時間ごと(RPO {rpo} 時間以内に収まる、AKS バックアップで最も長い間隔)",
  "contrast.aks.frequency.min": "RPO {rpo} 時間は AKS バックアップの最小間隔 4 時間を下回ります。4 時間ごとに実行しても目標は達成できません",
  "contrast.aks.issue.disks": "ディスクが {count} 個あります。コンテナー層で扱えるのはバックアップ インスタンスあたり最大 {max} 個です",
  "contrast.aks.issue.namespaces": "名前空間が {count} 個あります。1 つのバックアップ インスタンスで扱えるのは最大 {max} 個です",
  "contrast.aks.issue.noLinuxPool": "Linux のエージェント プールがないため、バックアップ拡張機能を実行できる場所がありません",
  "contrast.aks.req.identity": "クラスターのマネージド ID(AKS エンジンで構築するようなサービス プリンシパルのクラスターには対応していません)",
  "contrast.aks.req.limits": "バックアップ インスタンスごとに、1 日あたりオンデマンド バックアップは最大 {backups} 回、復元は最大 {restores} 回",
  "contrast.aks.req.noVelero": "バックアップ拡張機能と一緒に Velero をインストールしてはならず、velero.io のラベルや注釈を持つリソースがあってもいけません",
  "contrast.aks.req.snapshotRg": "スナップショット用のリソース グループ(一度設定すると変更できません)",
  "contrast.aks.req.storage": "クラスターと同じリージョンに、Standard の汎用 v2 ストレージ アカウントと BLOB コンテナー",
  "contrast.aks.req.window": "{hours} 時間ごと。バックアップはスケジュールの開始から {window} 時間以内に完了する想定です",
  "contrast.azurePolicy": "{kind}、{interval} 時間ごと({reason})",
  "contrast.case.forced-tunnelling.azure":
    "はい。VM エージェントから 168.63.129.16 への通信は Azure 内部でルーティングされ、0.0.0.0/0 のルートでオンプレミスに引き込まれることはありません(最長プレフィックス一致)。バックアップ データが仮想ネットワークに入ることもありません。",
  "contrast.case.forced-tunnelling.question":
    "サブネットが 0.0.0.0/0 をゲートウェイやアプライアンスに送っています(強制トンネリング)。バックアップは動作しますか?",
  "contrast.case.guest-firewall.azure":
    "Azure VM Backup を妨げる可能性があるのはこれだけです。ゲストから 168.63.129.16 の TCP 80 と 32526 に到達できる必要があります。",
  "contrast.case.guest-firewall.question": "ゲスト OS 内のファイアウォールはどうですか?",
  "contrast.case.nsg.azure": "何も必要ありません。168.63.129.16 の TCP 80 と 32526 への通信は NSG の対象外です。",
  "contrast.case.nsg.question": "VM は NSG で保護されています。何を許可する必要がありますか?",
  "contrast.case.private-endpoint.azure":
    "Azure VM のバックアップには影響ありません。プライベート エンドポイントも、インターネット接続や FQDN の許可リストも不要です。コンテナーのプライベート エンドポイントが関係するのは MARS などのエージェントだけです。",
  "contrast.case.private-endpoint.question": "コンテナー(またはバックアップ先)にプライベート エンドポイントがあります。何が変わりますか?",
  "contrast.case.reboot-after-snapshot.azure":
    "はい、スナップショットの作成が完了した後であれば可能です。VM に影響するのはそのフェーズだけで、転送は続行され、インスタント リストアもすでに使えます。スナップショットの作成中に電源状態を変えると、ジョブが失敗することがあります。",
  "contrast.case.reboot-after-snapshot.question": "バックアップの実行中に VM を再起動したりサイズを変更したりできますか?",
  "contrast.case.traffic-on-vm.azure":
    "ありません。データはホスト側のスナップショットから Azure のバックボーンを通ってコンテナーに送られ、VM の NIC は通りません。スナップショットのフェーズは数分で、影響もごくわずかです。",
  "contrast.case.traffic-on-vm.question": "VM のネットワーク インターフェイスを通るバックアップ トラフィックはどのくらいですか?",
  "contrast.case.udr.azure":
    "いいえ。UDR で 168.63.129.16 への通信の経路を変えることはできず、コンテナーへの転送は仮想ネットワークではなく Azure のバックボーンで行われます。",
  "contrast.case.udr.question": "サブネットにユーザー定義ルートがあります。バックアップの経路は変わりますか?",
  "contrast.consistency.agent": "エージェントのゲスト内スナップショットによる整合性({method})。この VM の役割にはアプリケーション対応していません",
  "contrast.consistency.appAware": "{roles} はアプリケーション対応({method})",
  "contrast.consistency.none": "バックアップなし",
  "contrast.immutable.off": "tenant.yaml では不変性が有効になっていません",
  "contrast.immutable.on": "不変性は有効",
  "contrast.notInBackupPlan": "バックアップ計画の対象外",
  "contrast.policy.daily": "RPO が 1 日以上: Standard ポリシー、毎日",
  "contrast.policy.enhanced": "RPO {rpo} 時間(1 日未満): Enhanced ポリシーで {interval} 時間ごと",
  "contrast.policy.enhancedMin": "RPO {rpo} 時間は Enhanced ポリシーの最小間隔 4 時間を下回ります。4 時間ごとに実行しても目標は達成できません",
  "contrast.policy.weekly": "RPO が 1 週間以上: Standard ポリシー、週 1 回",
  "contrast.protection.s3": "{name}: ストレージが対応して有効にしていれば、オブジェクト ロックとバージョン管理で保護されます({immut})",
  "contrast.protection.second-stamp": "{name}: 2 台目のスタンプにはコンテナーがなく、保護はそのストレージ アカウントとアクセス制御によるものだけです({immut})",
  "contrast.protection.share":
    "{name}: 保護はファイル共有のアクセス許可だけです。スタックから到達できる共有には、スタック上のランサムウェアも到達できます({immut})",
  "contrast.protection.vault":
    "{name}({location}): Recovery Services コンテナーの論理的な削除、マルチユーザー承認、不変コンテナーがエージェントのコピーにも適用されます({immut})",
  "contrast.row.consistency.aspect": "整合性",
  "contrast.row.consistency.azure":
    "VSS ライター(Windows)や事前・事後スクリプト(Linux)が成功すればアプリケーション整合性、そうでなければファイル システム整合性、停止中の VM はクラッシュ整合性です。複数 VM にまたがる整合性はありません",
  "contrast.row.consistency.stack":
    "各エージェントによる整合性: 製品が対応する役割はアプリケーション対応、それ以外はゲスト内スナップショットによるファイル レベルです",
  "contrast.row.copies.aspect": "コピーの保管場所と保護",
  "contrast.row.copies.azure":
    "スナップショットはテナントのサブスクリプションに 1 ~ 5 日(Standard)または最大 30 日(Enhanced)保持され、コンテナーのコピーは Microsoft のテナントで論理的な削除、マルチユーザー承認、不変性によって保護されます",
  "contrast.row.load.aspect": "VM と NIC への負荷",
  "contrast.row.load.azure": "数分間のスナップショット(VSS または fs-freeze)だけで、NIC にバックアップ トラフィックは流れません",
  "contrast.row.load.stack": "保護対象のすべてのゲストでエージェントが動き、実行中ずっと変更を読み取って送信します",
  "contrast.row.operates.aspect": "テナントが運用するもの",
  "contrast.row.operates.azure": "バックアップ ポリシーと VM エージェントだけです。拡張機能、スナップショット、転送、コンテナーは Microsoft が運用します",
  "contrast.row.operates.stack": "ゲストのエージェント {agents} 台、バックアップ先 {target}、ネットワーク ルール、監視、復元テスト",
  "contrast.row.operates.stack.servers":
    "ゲストのエージェント {agents} 台、バックアップ サーバー {servers} 台、バックアップ先 {target}、ネットワーク ルール、監視、復元テスト",
  "contrast.row.path.aspect": "データの経路",
  "contrast.row.path.azure":
    "ホスト側のスナップショットから、Azure のバックボーンを通って同じリージョンのコンテナーへ。VM の NIC や仮想ネットワークは通りません",
  "contrast.row.path.stack": "ゲストからテナントの WAN({mbps} Mbit/s)を通って {location} の {target} へ。1 日約 {daily} GiB",
  "contrast.row.path.stack.servers":
    "ゲストからテナントの WAN({mbps} Mbit/s)を通って {location} の {target} へ。1 日約 {daily} GiB、経由するサーバー: {servers}",
  "contrast.row.restore.aspect": "復元できるようになるまでの時間",
  "contrast.row.restore.azure": "スナップショットのフェーズが完了した時点(インスタント リストア)で、コンテナーへの転送が終わる何時間も前から復元できます",
  "contrast.row.restore.stack": "スタック外のバックアップ先への転送が完了してから復元できます。最初のフル バックアップはシードの時間がかかります",
  "contrast.row.rpo.aspect": "RPO",
  "contrast.row.rpo.azure": "Standard ポリシーで 24 時間、Enhanced ポリシーで最短 4 時間(コンテナーへのコピーは 1 日 1 回)",
  "contrast.row.rpo.stack": "計画で VM ごとに達成できる RPO。製品が許す 1 日の実行回数と WAN で上限が決まります",
  "contrast.row.rules.aspect": "ネットワーク ルール",
  "contrast.row.rules.azure":
    "168.63.129.16 への送信 TCP 80 と 32526 だけで、NSG、強制トンネリング、UDR の影響を受けません。インターネット接続や FQDN の許可リストは不要です",
  "contrast.row.rules.stack": "バックアップ計画のルール {count} 件({rules})",
  "contrast.velero.every": "{every} 時間ごと(階層 {tier}、RPO {rpo} 時間)、{days} 日間保持",
  "contrast.velero.monthly": "毎月 1 日、{months} か月間保持",
  "contrast.velero.weekly": "毎週日曜日、{weeks} 週間保持",
  "contrast.velero.yearly": "毎年 1 月 1 日、{years} 年間保持",
  "fix.ambiguous-dependency": '依存関係を "resourceGroup/vm" の形で記述し、VM を 1 台に特定できるようにしてください。',
  "fix.backup.excluded-vm": "除外が意図したものであれば対応は不要です。そうでなければ tenant.yaml で VM の backup.exclude を削除してください。",
  "fix.backup.key-vault-empty":
    "tenant.yaml でキー コンテナーのキー、シークレット、証明書の名前(keyNames、secretNames、certificateNames)を記載するか、検出をもう一度実行してください。",
  "fix.backup.mabs-only-copy-on-stack":
    "protection.target.kind を azure-recovery-services-vault にするか、このバックアップ先に書き込めるエージェントの製品ファミリ(protection.productFamily)を選んでください。",
  "fix.backup.mabs-scale-out": "該当ネットワークに示した台数の MABS サーバーを展開し、保護対象の VM を分散させてください。tenant.yaml の変更は不要です。",
  "fix.backup.method-target-mismatch": "方式が書き込めるバックアップ先(protection.target.kind)を選ぶか、VM の backup.method で別の方式を指定してください。",
  "fix.backup.method-unsupported-os": "VM の backup.method を削除してプランナーに OS に合った方式を選ばせるか、その OS で動作する方式を指定してください。",
  "fix.backup.churn-evidence":
    "想定値のままの VM で変更量コレクター (azs-backup-planner collectors) を実行し、その CSV を import-churn で取り込んでください。割合の大きい VM から順に進めてください。",
  "fix.backup.offline-seeding":
    "初回のフル バックアップにはオフライン シード(ディスクの配送)を手配してください。回線を増強する予定があれば protection.target.wanBandwidthMbps を引き上げてください。",
  "fix.backup.partner-agent-for-linux":
    "これらの VM 用に Veeam Agent for Linux(と Veeam のバックアップ サーバー)のライセンスを用意して展開するか、protection.productFamily を Linux に対応した製品ファミリにしてください。",
  "fix.backup.retention-exceeds-points":
    "復旧ポイントの数が方式の上限に収まるよう、階層の保持期間(protection.tiers[].retention)か 1 日のバックアップ回数を減らしてください。",
  "fix.backup.rpo-below-product":
    "階層の rpoHours を方式で達成できる値に引き上げるか、これらの VM に 1 日のバックアップ回数が多い方式(backup.method)を使ってください。",
  "fix.backup.rto-not-met":
    "階層の rtoHours を引き上げるか、想定より復元が速い場合は protection.settings.restoreThroughputMBps を引き上げるか、VM にスタンバイを持つ DR 方式を割り当ててください。",
  "fix.backup.window-holds-fewer-runs":
    "1 日のすべての実行が枠内で始まるよう階層の backupWindow.durationHours を延ばす(最大 24 時間)か、階層の rpoHours を枠に収まる回数に合わせて引き上げてください。",
  "fix.backup.storage-account-beside-vault":
    "最初のバックアップまでに、バックアップ先のリージョンに Azure Blob ストレージ アカウント(または Veeam/Commvault のリポジトリ)を作成してください。",
  "fix.backup.table-storage-not-copied":
    "テーブルは別のツール(たとえば BLOB に書き出すスケジュール スクリプト)でエクスポートし、エクスポートしたデータをスタック外に保管してください。",
  "fix.backup.target-on-stamp":
    "protection.target をパブリック Azure、別のスタンプ、または別のサイトに移し、tenant.yaml の kind、location、endpoint を更新してください。",
  "fix.backup.unknown-method": "VM の backup.method を一覧にある方式 ID に修正するか、削除してください。",
  "fix.backup.unprotected-resource":
    "リソースを手動で保護し(構成とデータをスタック外にエクスポート)、その手順を記録するか、保護対象外として受け入れてください。",
  "fix.backup.unprotected-vm": "tenant.yaml で VM に階層を割り当てるか、protection.defaultTier を設定してください。",
  "fix.backup.vm-agent-missing":
    "VM に Azure VM エージェントをインストールする(その後 vmAgent: true に設定)か、バックアップ エージェントを手動でインストールしてください。",
  "fix.backup.volume-too-large":
    "データを小さいディスクに分けるか、ディスクを除外(excludeFromBackup)して別の方法で保護するか、この制限のない方式を使ってください。",
  "fix.backup.wan-insufficient":
    "階層の backupWindow を広げるか、protection.target.wanBandwidthMbps を引き上げるか、変更量(changeRatePercent、除外ディスク)を減らしてください。",
  "fix.backup.window-overrun": "階層ごとの backupWindow の開始時刻をずらして回線を共有しないようにするか、時間帯を広げてください。",
  "fix.bcdr-address-overlap":
    "DR の仮想ネットワーク用に空いている新しいアドレス範囲を選び、protection.drSite.addressSpaces に記載してください。DNS の変更はランブックに沿って計画してください。",
  "fix.bcdr-dependency-cycle": "tenant.yaml で循環に含まれる dependsOn のうち 1 つ(他の VM が稼働してからでよい依存関係)を削除してください。",
  "fix.bcdr-disk-churn-8k":
    "ディスクの実際の書き込みサイズと書き込み量を測定してください。上限に近い小さな書き込みが多い場合は、Premium のレプリカ ディスクを使うか、データを複数のディスクに分散してください。",
  "fix.bcdr-dr-site-none":
    "protection.drSite(kind、name、回線速度)を設定するか、スタンプの再構築後の復元で許容できる場合は階層の requiresDr を false にしてください。",
  "fix.bcdr-excluded-from-backup": "VM の backup.exclude を削除するか、レプリケーション方式を割り当ててください。",
  "fix.bcdr-link-too-slow":
    "protection.drSite.wanBandwidthMbps を引き上げる(回線を増強する)か、変更量の多い VM の階層を下げて復元による DR に切り替えてください。",
  "fix.bcdr-linux-kernel": "VM でカーネルの更新を保留し(apt-mark hold)、サポート一覧にあるバージョンにだけ更新してください。",
  "fix.bcdr-no-dr-site": "復元先として protection.drSite を設定するか、RTO は代替スタンプが用意できてから始まることを受け入れてください。",
  "fix.bcdr-no-link": "protection.drSite.wanBandwidthMbps に DR サイトへの回線速度を設定してください。",
  "fix.bcdr-no-tier": "tenant.yaml で VM に階層を割り当てるか、protection.defaultTier を設定してください。",
  "fix.bcdr-os-minor-version": "OS の正確なリリースをスタック間レプリケーションのサポート一覧と照合し、osVersion に記録してください。",
  "fix.bcdr-os-not-on-ash-list":
    "レプリケーションを有効にする前に、この OS とカーネルが現在の物理サーバーのサポート マトリックスにあるか確認してください。ない場合は OS をアップグレードしてください。",
  "fix.bcdr-os-unknown":
    "OS を Site Recovery のサポート マトリックスと手動で照合し、tenant.yaml の osVersion をカタログの表記(docs/tenant-yaml.md)に合わせてください。",
  "fix.bcdr-rpo-unmet": "protection.drSite.wanBandwidthMbps を引き上げるか、階層の rpoHours を回線で達成できる値に引き上げてください。",
  "fix.bcdr-rto-unmet":
    "階層の rtoHours を引き上げるか、requiresDr を true にして VM にスタンバイを用意するか、起動を遅らせている依存関係(dependsOn)を短くしてください。",
  "fix.bcdr-slow-initial-replication":
    "ランブックのグループ単位でレプリケーションを順に有効にするか、最初のコピーをオフラインでシードしてください。tenant.yaml の変更は不要です。",
  "fix.bcdr-sql-standard-basic-ag": "データベースが多いインスタンスではログ配布を使うか、VM を SQL Server Enterprise エディションに移行してください。",
  "fix.bcdr-stamp-version-unknown":
    "tenant.yaml の stamp.version と protection.drSite.stampVersion に完全なビルド番号(例: 1.2301.2.58)を設定するか、スタンプのオペレーターに確認してください。",
  "fix.bcdr-uncovered-vm": "理由に挙げた障害(OS、ディスク サイズ、変更率)を解消するか、復元で満たせるよう階層の rtoHours を引き上げてください。",
  "fix.bcdr-unparsed-range": "protection.drSite.addressSpaces の値を 10.50.0.0/16 のような IPv4 の CIDR 範囲に修正してください。",
  "fix.bcdr-vm-churn-25": "レプリケーションに頼る前に、VM のピーク時の書き込み量を 7 日以上測定し、現在の Site Recovery の上限と比べてください。",
  "fix.bcdr-wan-fallback": "protection.drSite.wanBandwidthMbps に DR サイトへの回線速度を設定してください。",
  "fix.disconnected-target":
    "スタンプからインターネット経由で Azure に到達できることを確認してください。できない場合は、別のスタンプ上やスタック外の共有をバックアップ先にしてください。",
  "fix.disk-too-large": "sizeGiB を修正してください。Azure Stack Hub のマネージド ディスクはドキュメントに記載された最大サイズまでです。",
  "fix.dr-on-same-stamp": "protection.drSite.name に別のスタンプ(または Azure リージョン)を指定してください。",
  "fix.dr-site-missing": "protection.drSite を設定するか、これらの階層の requiresDr を false にしてください。",
  "fix.dr-site-unnamed": "protection.drSite.name に Azure リージョンまたはスタンプの名前を設定してください。",
  "fix.duplicate-lun": "VM のデータ ディスクごとに異なる lun を割り当ててください。",
  "fix.duplicate-name": "リソースの名前を変更し、スコープ内で名前が一意になるようにしてください。",
  "fix.duplicate-priority": "ネットワーク セキュリティ グループの規則ごとに異なる優先度を割り当ててください。",
  "fix.empty-retention": "階層の retention で daily、weekly、monthly、yearly のいずれかを 1 つ以上設定してください。",
  "fix.iac-cyclic-groups":
    "これらのリソース グループのネットワークを先にデプロイしてからテンプレートをもう一度実行するか、共有のネットワークを 1 つのリソース グループにまとめてください。",
  "fix.iac-data-not-included": "変更は不要です。テンプレートでリソースを作り直した後、データをバックアップから復元してください。",
  "fix.iac-default-applied": "「該当箇所」に示したフィールドに元の値を tenant.yaml で記録するか、既定値を受け入れてください。",
  "fix.iac-not-reproducible":
    "指摘事項に書かれた手作業(アクセス ポリシー、Key Vault の復元、DNS、拡張機能など)をデプロイ後に実施し、DR のランブックに含めてください。",
  "fix.iac-placeholder": "デプロイ前にパラメーター ファイルでこのパラメーターを埋めるか、不足している値を tenant.yaml に追加してください。",
  "fix.iac-secure-parameter":
    "デプロイ時にシークレット ストアから値を渡してください(たとえばパラメーター ファイルで Key Vault 参照を使う)。tenant.yaml には決して書かないでください。",
  "fix.iac-terraform-limit": "このロード バランサーには ARM テンプレートを使うか、Terraform では Basic SKU を受け入れてください。",
  "fix.iac-terraform-fallback":
    "設定を厳密に再現する必要がある場合は、このリソースを Terraform ではなく ARM テンプレート(元の値を保持しています)でデプロイしてください。そうでなければ、プロバイダーが書ける値を受け入れてください。",
  "fix.iac-terraform-not-expressible":
    "terraform apply の後で、リソース グループの ARM テンプレート、または az network vnet subnet update --route-table / az network nic update --network-security-group で関連付けてください。",
  "fix.iac-terraform-unicode": "バイト単位での一致が必要でなければ対応は不要です。必要な場合は tenant.yaml の名前を NFC で記述してください。",
  "fix.iac-unsupported-setting":
    "tenant.yaml の設定を Azure Stack Hub が対応している値(たとえば vpnType: RouteBased)に変更し、対向側の機器も設定し直してください。",
  "fix.iac-unsupported-type":
    "エクスポート スクリプトでリソースをエクスポートし、再デプロイの手順を記録してください。将来このツールがその種類に対応したら、tenant.yaml でモデル化してください。",
  "fix.incomplete-frontend": "ロード バランサーのフロントエンドに、パブリック IP アドレスか、サブネットとプライベート アドレスのどちらかを指定してください。",
  "fix.invalid-name": "tenant.yaml (と Azure Stack Hub) でリソースの名前を規則に合う名前に変更してください。",
  "fix.long-rpo": "階層の rpoHours を確認してください。単位は時間です(1 日なら 24)。",
  "fix.missing-gateway-subnet": "VPN ゲートウェイの仮想ネットワークに GatewaySubnet という名前のサブネットを追加してください。",
  "fix.no-tier": "tenant.yaml で VM に階層を割り当てるか、protection.defaultTier を設定してください。",
  "fix.os-disk-count": "VM に role: os のディスクをちょうど 1 つ指定してください。",
  "fix.os-disk-lun": "tenant.yaml で OS ディスクの lun を削除してください。",
  "fix.os-disk-too-small": "OS ディスクの sizeGiB を実際のサイズに直してください (Windows イメージは 30 GiB から、通常は 127 GiB です)。",
  "fix.other-resource": "リソースを手動で保護する(エクスポート スクリプトと復元手順の文書化)か、不要であれば tenant.yaml から削除してください。",
  "fix.region-display-name": "リージョン名 (小文字、空白なし) で記述してください。例: Japan East ではなく japaneast。",
  "fix.repeated-vm-name": 'dependsOn でこの VM を参照する箇所は、すべて "resourceGroup/vm" の形で記述してください。',
  "fix.schema": "メッセージに従ってフィールドを修正してください(すべてのフィールドは docs/tenant-yaml.md で説明しています)。",
  "fix.self-dependency": "VM の dependsOn から自分自身の名前を削除してください。",
  "fix.server-core-linux": "Linux VM の serverCore を削除してください(Windows Server にのみ適用されます)。",
  "fix.size-mismatch": "tenant.yaml の vCpus と memoryGiB(またはサイズ)を修正して一致させてください。",
  "fix.subnet-outside-vnet": "サブネットの addressPrefix を直すか、その範囲を仮想ネットワークの addressPrefixes に追加してください。",
  "fix.subnet-overlap": "仮想ネットワークの各サブネットに重ならない addressPrefix を割り当ててください。",
  "fix.stamp-missing-api-version":
    "スタンプを 2020-09-01-hybrid API プロファイルに対応したリリースに更新するか、この種類にスタンプが提供する api-version をオペレーターに確認してください。テンプレートはプロファイルのバージョンを使います。",
  "fix.stamp-missing-extension":
    "スタンプのオペレーターに Azure Marketplace シンジケーションで拡張機能をダウンロードしてもらうか、別の方法(バックアップ サーバーからのプッシュや手作業)でエージェントをインストールしてください。",
  "fix.stamp-missing-image":
    "スタンプのオペレーターに Azure Marketplace シンジケーションでイメージをダウンロードしてもらうか、復元した OS ディスクまたはカスタム イメージから VM をデプロイしてください。",
  "fix.stamp-missing-type":
    "スタンプのオペレーターにリソース プロバイダーの提供(またはスタンプの更新)を依頼してください。それまでは別の方法でリソースを作り直し、その手順を DR のランブックに残してください。",
  "fix.stamp-missing-vm-size":
    "tenant.yaml の size をスタンプが提供するサイズにするか、このサイズの有効化をオペレーターに依頼してください。存在しないサイズへのデプロイや復元は失敗します。",
  "fix.stamp-not-listed": "Get-AzureRMCloudCapability -IncludeComputeCapabilities でファイルを取得し直し、--capabilities を付けてもう一度計画してください。",
  "fix.target-on-same-stamp": "protection.target をこのスタンプ以外(パブリック Azure、別のスタンプ、別のサイト)に移してください。",
  "fix.target-stamp-unnamed": "protection.target.stampName にバックアップ先があるスタンプの名前を設定してください。",
  "fix.too-many-data-disks": "データ ディスクを減らすか、その数のディスクを接続できる VM サイズ(docs/vm-sizes.md)を選んでください。",
  "fix.unknown-dependency": 'dependsOn の名前をインベントリにある VM("resourceGroup/vm")に修正してください。',
  "fix.unknown-namespace": "クラスターの namespaces の一覧に名前空間を追加するか、ボリュームの namespace を修正してください。",
  "fix.unknown-reference": "名前をインベントリにあるリソースを指すよう修正するか、そのリソースを追加してください。",
  "fix.unknown-region": "`az account list-locations -o table` の Name 列と照合し、場所の綴りを直してください。",
  "fix.unknown-tier": "protection.tiers に定義された階層を使うか、そこに階層を追加してください。",
  "fix.unknown-vm-size": "VM サイズを Azure Stack Hub のサイズ(docs/vm-sizes.md)に修正するか、vCpus と memoryGiB を手動で確認してください。",
  "fix.used-exceeds-size": "usedGiB をディスクの sizeGiB 以下に修正してください。",
  "fix.vnet-address-overlap": "どちらかのネットワークのアドレスを変更するか、DR サイトで互いに分離したネットワークを用意し、Runbook に明記してください。",
  "fix.windows-computer-name": "VM の実際のコンピューター名を確認するか、ARM テンプレートがパラメーターとして示す短縮名を使ってください。",
  "fix.yaml-syntax": "示した行と列の YAML(インデント、引用符、コロン)を修正してください。",
  "iac.item.certificate": '証明書 "{name}"',
  "iac.item.key": 'キー "{name}"',
  "iac.item.secret": 'シークレット "{name}"',
  "iac.param.adminPassword": 'VM "{vm}" のローカル管理者パスワード',
  "iac.param.adminUsername": 'VM "{vm}" のローカル管理者名(インベントリにはありません)',
  "iac.param.osDiskSource": 'VM "{vm}" の起動に使う、復元したマネージド ディスクまたはスナップショットのリソース ID(インベントリにイメージ参照がありません)',
  "iac.param.sharedKey": '接続 "{name}" の IPsec 事前共有キー',
  "list.comma": "{a}、{b}",
  "list.semicolon": "{a}。{b}",
  "msg.backup.excluded-vm": "{vm} はテナントの指定によりバックアップの対象外です",
  "msg.backup.key-vault-empty":
    "キー コンテナー {vault} にはキー、シークレット、証明書が 1 つも登録されていません。インベントリが不完全な可能性があります(記録するのは名前だけです)",
  "msg.backup.mabs-only-copy-on-stack":
    "MABS サーバーを {count} 台計画していますが、MABS がスタック外へコピーを送れるのは Recovery Services コンテナーだけで、バックアップ先は {target} です。唯一のコピーがスタンプのディスクに残ることになり、そこに保持できるのは最大 {localDays} 日です(保持期間は最長 {longest} 日を求めています)",
  "msg.backup.mabs-scale-out":
    "ネットワーク {network} には MABS サーバーが {count} 台必要です(1 台あたり保護対象サーバーは最大 {servers} 台、データ ディスクは最大 {disks} 個)",
  "msg.backup.method-target-mismatch.resource":
    "{what}: {method} は種類 {target} のバックアップ先に書き込めません(書き込める先: {targets})。この方式用にオブジェクト ストレージのバックアップ先を追加してください",
  "msg.backup.method-target-mismatch.vm": "{vm}: {method} は種類 {target} のバックアップ先に書き込めません(書き込める先: {targets})",
  "msg.backup.method-unsupported-os": "{vm} には {method} が割り当てられていますが、{why}",
  "msg.backup.churn-evidence":
    "変更率は import-churn による実測値です: {measured}。{count} 台の VM はまだ想定値で計画しており、ターゲット ストレージの {share} % を占めます: {vms}",
  "msg.backup.offline-seeding":
    "初回のフル バックアップ(データ削減後 {gib} GiB)は回線経由で {hours} 時間({days} 日)かかり、しきい値の {threshold} 日を超えます。オフライン シード(ディスクの配送)を使ってください",
  "msg.backup.offline-seeding.methods":
    "初回のフル バックアップ(データ削減後 {gib} GiB)は回線経由で {hours} 時間({days} 日)かかり、しきい値の {threshold} 日を超えます。オフライン シード(ディスクの配送)を使ってください。対応している方式: {methods}",
  "msg.backup.partner-agent-for-linux":
    "Linux VM {count} 台({vms})は、Azure Stack Hub では MABS/MARS で保護できないため、Veeam Agent for Linux で計画しています",
  "msg.backup.retention-exceeds-points":
    '{vm}: 階層 "{tier}" は復旧ポイントを {points} 個保持しますが、{method} で保護対象 1 つあたりに保持できるのは {max} 個までです',
  "msg.backup.rpo-below-product":
    '{vm}: 階層 "{tier}" は RPO {rpo} 時間(1 日 {wanted} 回のバックアップ)を求めていますが、{method} がスタック外へ送れるのは 1 日 {max} 回までです。達成できる RPO は {achieved} 時間です',
  "msg.backup.rto-not-met":
    "{vm}: スタック外のコピーからの復元には約 {hours} 時間({gib} GiB を {mbps} MB/秒 で復元 + 再デプロイ)かかり、階層の RTO {rto} 時間を超えます",
  "msg.backup.window-holds-fewer-runs":
    '階層 "{tier}": 1 日 {runs} 回({spacing} 時間間隔)のバックアップが必要ですが、バックアップ枠({start} から {hours} 時間)に収まるのは {held} 回だけです。枠外の実行はスケジュールしないため、達成できる RPO は階層の RPO より長くなります',
  "msg.plan.invalid": "この計画は有効ではありません。エラーの指摘が {errors} 件あります。各文書の冒頭にもその旨を記し、plan は終了コード {code} で終了します。",
  "msg.backup.storage-account-beside-vault":
    "{methods} は Recovery Services コンテナーに書き込めません。計画では、これらのコピーを {location} の Azure Blob ストレージ アカウントに送ります(ストレージ アカウントはテナント側で作成が必要です)",
  "msg.backup.table-storage-not-copied":
    "ストレージ アカウント {account} には {gib} GiB のテーブル データがありますが、AzCopy v10 はテーブルをコピーしません。別途エクスポートしないと保護されません",
  "msg.backup.target-on-stamp":
    'バックアップ先 "{target}" は保護対象のスタンプ "{stamp}" 上にあります。スタンプを失うとすべてのコピーも失われます。バックアップ先はパブリック Azure、別のスタンプ、または別のサイトに置いてください',
  "msg.backup.unknown-method": '"{method}" は VM のバックアップ方式ではありません。指定できる方式: {known}',
  "msg.backup.unprotected-resource":
    '{type} "{name}": このリソースの種類を保護できる方式がカタログにありません。手動で保護するか、保護対象外として受け入れてください',
  "msg.backup.unprotected-vm": "{vm} は保護されません。理由: {reason}",
  "msg.backup.vm-agent-missing":
    "{vm} には Azure VM エージェントがありませんが、{method} はカスタム スクリプト拡張機能でインストールします。VM エージェントかバックアップ エージェントを手動でインストールしてください",
  "msg.backup.volume-too-large": "ディスク {disk}({gib} GiB = {gb} GB)は、{os} 上の {method} のボリューム上限 {limit} GB を超えています",
  "msg.backup.wan-insufficient":
    '階層 "{tier}" の {run} 回目の実行: 1 日の変更量 {gib} GiB の転送には {mbps} Mbit/s の回線のうち使用可能な {usable} Mbit/s で {demand} 分かかりますが、時間帯は {minutes} 分しかありません。時間帯を広げるか、帯域を増やすか、変更量を減らしてください',
  "msg.backup.window-overrun":
    '階層 "{tier}" の {run} 回目の実行: この時間帯だけなら転送できますが、他の階層の実行と回線を共有するため、一部が時間帯の終了後に終わります(最後の完了は開始から {last} 分後、時間帯は {minutes} 分)',
  "msg.bcdr-address-overlap":
    "テナントのアドレス範囲 {a} が、DR サイトで使用中の {b} と重複しています。VM は DR サイトで同じアドレスを使えないため、新しいアドレス範囲と DNS の変更を計画してください",
  "msg.bcdr-dependency-cycle":
    "依存関係が循環しています: {cycle}(それぞれが次の VM の先行起動を必要とします)。どのフェールオーバー順序でも満たせないため、dependsOn の循環を解消してください",
  "msg.bcdr-dr-site-none": '階層 "{tier}" は DR を必要としますが、DR サイトが "none" です。{count} 台の VM({vms})にフェールオーバー先がありません',
  "msg.bcdr-link-too-slow":
    "レプリケートする VM の変更量は 1 日 {gib} GiB(平均 {average} Mbit/s)で、回線で使える帯域 {usable} Mbit/s を超えています。レプリケーションが追いつくことはありません",
  "msg.bcdr-no-link": "レプリケーションを計画していますが、DR サイトへの回線速度が不明です。protection.drSite.wanBandwidthMbps を設定してください",
  "msg.bcdr-no-tier": "{vm} には階層がないため、BC/DR 計画の対象外です",
  "msg.bcdr-rpo-unmet": '階層 "{tier}"(RPO {rpo} 時間): DR サイトへの回線で {vms} について達成できる RPO は約 {achieved} 時間です',
  "msg.bcdr-rpo-unmet.never": '階層 "{tier}"(RPO {rpo} 時間): DR サイトへの回線が {vms} の変更量に追いつきません',
  "msg.bcdr-rto-unmet": '階層 "{tier}"(RTO {rto} 時間): RTO を達成できません。{parts}',
  "msg.bcdr-slow-initial-replication":
    "{gib} GiB の初回レプリケーションは回線経由で約 {hours} 時間かかり、{days} 日を超えます。バッチに分けて実行する(Site Recovery のプランナーは 1 バッチ {goal} 時間を目安にしています)か、オフラインでシードしてください",
  "msg.bcdr-uncovered-vm": "{vm}: どの方式でも保護できません。理由: {reason}",
  "msg.bcdr-unparsed-range": '"{text}" は IPv4 の CIDR 範囲ではないため、重複の確認から除外しました',
  "msg.bcdr-wan-fallback":
    "DR サイトに wanBandwidthMbps がないため、バックアップ先への回線({mbps} Mbit/s)を使って計画しています。この回線はバックアップのトラフィックも使います",
  "msg.bcdr.issue": "{vm}({method}): {issue}",
  "msg.disconnected-target": "AD FS のスタンプは Azure から切断されていることが多いですが、MABS/MARS がコンテナーに到達するにはインターネット接続が必要です",
  "msg.dr-site-missing": "階層 {tiers} は DR サイトを必要としますが、DR サイトが設定されていません",
  "msg.iac-cyclic-groups":
    "リソース グループ {groups} は互いのネットワークを参照しています。先にネットワークをデプロイしてから、テンプレートをもう一度実行してください",
  "msg.iac-placeholder": 'パラメーター "{name}" は値のないプレースホルダーです: {description}',
  "msg.iac-secure-parameter": 'パラメーター "{name}"(securestring)の値はどのファイルにも含まれていません。デプロイ時に指定してください({description})',
  "msg.iac-terraform-limit":
    'ロード バランサー "{name}" は {sku} ですが、azurestack プロバイダーは Basic しか受け付けないため、main.tf では SKU を指定しません(Basic)',
  "msg.iac-terraform-unicode":
    "名前、タグ、説明のテキスト {count} 件が Unicode NFC ではありません。HCL はすべての文字列を NFC に正規化するため、Terraform では合成済みの形で書き込まれます",
  "msg.iac-terraform.nic-nsg":
    'NIC "{nic}" はネットワーク セキュリティ グループ "{nsg}" を使っていますが、azurestack プロバイダー 1.0.0 には NIC と NSG の関連付けも NIC の NSG 引数もないため、main.tf では両方を関連付けなしで作成します',
  "msg.iac-terraform.probe-protocol":
    'ロード バランサー "{lb}" のプローブ "{name}" は {protocol} ですが、azurestack プロバイダー 1.0.0 は Http と Tcp しか受け付けないため、main.tf ではポート {port} を Tcp でプローブします(要求パスなし)。ARM テンプレートは {protocol} のままです',
  "msg.iac-terraform.storage-kind":
    'ストレージ アカウント "{name}" は {kind} ですが、azurestack プロバイダー 1.0.0 の account_kind は Storage と BlobStorage だけなので、main.tf では {fallback} として作成します。ARM テンプレートは {kind} のままです',
  "msg.iac-terraform.subnet-route-table":
    'サブネット "{subnet}"("{vnet}")はルート テーブル "{table}" を使っていますが、azurestack プロバイダー 1.0.0 ではルート テーブルをサブネットに関連付けられない(関連付けリソースも引数もない)ため、main.tf では両方を関連付けなしで作成します',
  "msg.iac-terraform.vault-sku":
    'キー コンテナー "{name}" は {sku} ですが、azurestack プロバイダー 1.0.0 の sku_name は standard だけなので、main.tf では {fallback} として作成します。ARM テンプレートは {sku} のままです',
  "msg.iac.avset-managed":
    '可用性セット "{name}" にマネージドかどうかの指定がありません。インベントリの VM はすべてマネージド ディスクを使っているため、テンプレートではマネージド(SKU Aligned)にします',
  "msg.iac.computer-name":
    'VM 名 "{vm}" は Windows のコンピューター名の上限({max} 文字)より長いため、テンプレートでは "{short}" を使います。パラメーター "{parameter}" に元のコンピューター名を設定してください',
  "msg.iac.disk-lun": 'データ ディスク "{name}" に LUN がないため、テンプレートでは LUN {lun} に接続します',
  "msg.iac.disk-size": 'ディスク "{name}" は {size} GiB です。diskSizeGB は整数のため、テンプレートでは {rounded} を指定します',
  "msg.iac.extensions": 'VM "{vm}" の拡張機能({extensions})は名前しか記録されていません。デプロイ後に設定を含めて再インストールしてください',
  "msg.iac.image-version": 'VM "{vm}" にイメージのバージョンがないため、テンプレートでは "{value}" を使います。元のバージョンより新しくなる場合があります',
  "msg.iac.key-vault":
    'キー コンテナー "{name}": テンプレートで復元するのは構成だけで、アクセス ポリシーは含みません(インベントリにないため、改めて付与してください)',
  "msg.iac.key-vault.items":
    'キー コンテナー "{name}": テンプレートで復元するのは構成だけで、アクセス ポリシーは含みません(インベントリにないため、改めて付与してください)。{items} は Key Vault のバックアップから復元してください',
  "msg.iac.kubernetes":
    'Kubernetes クラスター "{name}" はエンジン(AKS エンジンの apimodel)で再構築し、ワークロードはクラスターのバックアップから復元します。ここには ARM テンプレートはありません',
  "msg.iac.nic-static": 'NIC "{name}" にはアドレスがありますが割り当て方法がないため、アドレスを維持するようテンプレートでは {address} を静的(Static)にします',
  "msg.iac.public-ip":
    'パブリック IP アドレス "{name}" は {address} でしたが、再デプロイするとスタンプのプールから新しいアドレスが割り当てられます。DNS レコードと取引先のファイアウォールを更新してください',
  "msg.iac.rg-location": 'リソース グループ "{group}" に場所がないため、テンプレートではスタンプのリージョン "{region}" を使います',
  "msg.iac.rg-tags":
    'リソース グループ "{name}" のタグは、グループ スコープのテンプレートではなく、グループの作成時(az group create --tags / New-AzResourceGroup -Tag)に設定します',
  "msg.iac.storage-data": 'ストレージ アカウント "{name}": テンプレートで作り直すのはアカウントだけです。BLOB、テーブル、キューはバックアップから戻します',
  "msg.iac.storage-kind": 'ストレージ アカウント "{name}" に種類(kind)がないため、テンプレートでは {value} を使います',
  "msg.iac.storage-sku": 'ストレージ アカウント "{name}" に SKU がないため、テンプレートでは {value} を使います',
  "msg.iac.unsupported-type":
    '種類 {type} のリソース "{id}" にはテンプレートがありません。エクスポート スクリプトでエクスポートし、手動で再デプロイしてください',
  "msg.iac.vm-no-nic": 'VM "{vm}" にはインベントリに NIC がありません。VM には NIC が必要なため、デプロイ前に追加してください',
  "msg.iac.vpn-policy-based":
    'VPN ゲートウェイ "{name}" は PolicyBased ですが、Azure Stack Hub はルート ベースのみに対応しています。変更するまでデプロイは失敗します',
  "msg.iac.vpn-type": 'VPN ゲートウェイ "{name}" に vpnType がないため、テンプレートでは {value} を使います',
  "msg.invalid-name": '{what}の名前 "{name}" ({length} 文字) は Azure の名前付け規則に反しています: {rule}',
  "msg.long-rpo": "RPO {rpo} 時間は 1 週間を超えています。単位(時間)は正しいですか?",
  "msg.no-tier": 'VM "{vm}" に階層がなく、protection.defaultTier も設定されていないため、計画では保護対象外として扱います',
  "msg.os-disk-lun": "OS ディスクに LUN はありません。この値は無視します",
  "msg.os-disk-too-small": '"{vm}" の Windows OS ディスクは {gib} GiB です。Windows Server には最低 {min} GiB (32 GB) が必要です',
  "msg.other-resource": '{type} "{name}" はインベントリに残しますがモデル化していないため、計画では保護対象外として扱います',
  "msg.region-display-name": '"{value}" は表示名です。Azure Resource Manager でのリージョン名は "{name}" です',
  "msg.repeated-vm-name": 'この VM 名は {places} で使われています。dependsOn では "resourceGroup/vm" の形で指定してください',
  "msg.size-mismatch": "{size} は vCPU {vCpus} 個、メモリ {memory} GiB ですが、ファイルでは vCPU {fileVCpus} 個、メモリ {fileMemory} GiB になっています",
  "msg.subnet-outside-vnet": 'サブネット "{subnet}" ({prefix}) は仮想ネットワーク "{vnet}" のアドレス空間 ({space}) の外にあり、Azure では作成できません',
  "msg.subnet-overlap":
    'サブネット "{subnet}" ({prefix}) は同じ仮想ネットワークのサブネット "{other}" ({otherPrefix}) と重なっており、Azure では作成できません',
  "msg.stamp-missing-api-version": "{type} の api-version {apiVersion} はスタンプで提供されていません(提供されているのは {offered})",
  "msg.stamp-missing-extension": "{vm} の VM 拡張機能 {extension} がスタンプにありません({reason})",
  "msg.stamp-missing-image": "VM {vm} のイメージ {image} がスタンプのマーケットプレースにありません",
  "msg.stamp-missing-type": "リソースの種類 {type} はスタンプで提供されていません({file})",
  "msg.stamp-missing-vm-size": "{vm} の VM サイズ {size} はスタンプで提供されていません",
  "msg.stamp-not-listed.extensions": "{file} に VM 拡張機能の一覧がないため、拡張機能は確認していません",
  "msg.stamp-not-listed.images": "{file} にマーケットプレース イメージの一覧がないため、イメージは確認していません",
  "msg.stamp-not-listed.vmSizes": "{file} に VM サイズの一覧がないため、VM サイズは確認していません",
  "msg.unknown-namespace": '名前空間 "{namespace}" はクラスターの namespaces の一覧にありません',
  "msg.unknown-region": '"{value}" はこのツールが知っているパブリック Azure のリージョン名ではありません (一覧は docs/assumptions.md)',
  "msg.unknown-vm-size": '"{size}" はこのツールが認識している Azure Stack Hub の VM サイズではありません(docs/vm-sizes.md)',
  "msg.vnet-address-overlap":
    "仮想ネットワーク {b} のアドレス空間 {bPrefix} は {a} の {aPrefix} と重なっています ({where})。この 2 つはピアリングも相互のルーティングもできず、{consequence}",
  "msg.vnet-overlap.across-subscriptions": "サブスクリプション {a} と {b}",
  "msg.vnet-overlap.dr": "両方を {site} に再作成する DR Runbook では、その重複が DR サイトに持ち込まれます",
  "msg.vnet-overlap.no-dr": "両方を再作成する DR サイトでも重複したままになります",
  "msg.vnet-overlap.same-subscription": "どちらもサブスクリプション {subscription}",
  "msg.windows-computer-name":
    'Windows VM "{vm}" の名前は {length} 文字です。Windows のコンピューター名は最大 {max} 文字のため、再展開には短いコンピューター名が必要です',
  "name-kind.availability-set": "可用性セット",
  "name-kind.disk": "マネージド ディスク",
  "name-kind.key-vault": "キー コンテナー",
  "name-kind.load-balancer": "ロード バランサー",
  "name-kind.nic": "ネットワーク インターフェイス",
  "name-kind.nsg": "ネットワーク セキュリティ グループ",
  "name-kind.public-ip": "パブリック IP アドレス",
  "name-kind.resource-group": "リソース グループ",
  "name-kind.route": "ルート",
  "name-kind.route-table": "ルート テーブル",
  "name-kind.security-rule": "セキュリティ規則",
  "name-kind.subnet": "サブネット",
  "name-kind.vm": "仮想マシン",
  "name-kind.vnet": "仮想ネットワーク",
  "name-kind.vpn-connection": "VPN 接続",
  "name-kind.vpn-gateway": "VPN ゲートウェイ",
  "name-rule.disk": "{min}~{max} 文字。英字 (a-z、A-Z)、数字、アンダースコア、ハイフンのみ",
  "name-rule.key-vault": "{min}~{max} 文字。英字 (a-z、A-Z)、数字、ハイフンのみ。先頭は英字、末尾は英数字で、ハイフンの連続は使えません",
  "name-rule.network": "{min}~{max} 文字。英字 (a-z、A-Z)、数字、アンダースコア、ピリオド、ハイフンのみ。先頭は英数字、末尾は英数字またはアンダースコア",
  "name-rule.resource-group": "{min}~{max} 文字。文字、数字、アンダースコア、ハイフン、ピリオド、かっこのみ。末尾にピリオドは使えません",
  "name-rule.virtual-machine":
    "{min}~{max} 文字。空白、制御文字、~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : . ' \" , < > / ? は使えず、末尾にピリオドやハイフンは使えません",
  "stamp.reason.agent": "計画では {method} のエージェントをカスタム スクリプト拡張機能でインストールします",
  "stamp.reason.recorded": "tenant.yaml で VM に記録されており、再デプロイ後に再インストールします",
  "stamp.reason.template": "テンプレートがデプロイします",

  // 運用 (src/operations): 計画フォルダーの deploy/。
  "ops.check.s3.bucket": "スタック外のリージョンまたはサイトで、{endpoint} ({location}) にバケット {name} を作成します",
  "ops.check.s3.versioning": "最初のバックアップの前にバケットのバージョニングを有効にします(オブジェクト ロックに必要)",
  "ops.check.s3.objectLock":
    "コンプライアンス モードのオブジェクト ロックを、既定の保持期間を最長の日次保持以上にして設定します(テナントの不変性の指定: {immutable})",
  "ops.check.s3.lifecycle": "非最新バージョンは計画の最長保持期間を過ぎてから失効させるライフサイクル ルールを追加します",
  "ops.check.s3.user": "バックアップ製品専用のアクセス キーを作成し、製品の資格情報ストアに保管します。計画のファイルには書きません",
  "ops.check.stamp.deploy":
    "2 台目のスタンプ ({location}) にそのスタンプのテナントとして second-stamp-storage.json をデプロイします。エンドポイント {endpoint}",
  "ops.check.stamp.noImmutability":
    "Azure Stack Hub のストレージには論理的な削除も不変性もありません。バックアップ製品側の不変性(強化リポジトリ)を使うか、このギャップを受け入れて記録します",
  "ops.check.stamp.keys": "ストレージ アカウント キーはバックアップ製品の資格情報ストアに保管し、最初のバックアップ後にローテーションします",
  "ops.check.share.create": "スタック外のストレージで、{location} に共有 {name} を作成します",
  "ops.check.share.snapshots": "共有のストレージ システムでスナップショットを有効にし、日次保持以上の期間保持します",
  "ops.check.share.account": "バックアップ製品専用のアカウントに、書き込み権限と(可能なら)削除不可の権限を与えます",
  "ops.check.vault.redundancy": "最初の項目を保護する前にストレージの冗長性を選びます。後から変更できません",
  "ops.check.vault.immutability": "不変性は protection.target.immutable ({immutable}) に従います。ロックは元に戻せないため、復元テストの成功後にのみ行います",
  "ops.check.reachable": "計画のネットワーク規則を通して、スタックからターゲットのエンドポイント ({endpoint}) に到達できることを確認します",
  "ops.escrow.mabs.secret": "コンテナー登録時の MABS 暗号化パスフレーズ",
  "ops.escrow.mabs.used": "MABS をコンテナーに登録するときと、復元のために MABS サーバーを再構築するときに必要です。Microsoft は保管しません",
  "ops.escrow.mars.secret": "MARS エージェントの暗号化パスフレーズ",
  "ops.escrow.mars.used": "MARS エージェントの登録時と、別のマシンへの復元のたびに必要です。Microsoft は保管しません",
  "ops.escrow.veeam.secret": "Veeam のバックアップ暗号化パスワード",
  "ops.escrow.veeam.used": "Enterprise Manager が鍵を保持していないとき、暗号化されたバックアップのインポートや復元に必要です",
  "ops.escrow.velero.secret": "Velero リポジトリの暗号化キー (velero-repo-credentials) とオブジェクト ストアの資格情報",
  "ops.escrow.velero.used": "再構築したクラスターから Kopia リポジトリを読むために必要です",
  "ops.test.file-level": "{vm} ({method}) のフォルダーを 1 つ別の場所に復元し、元と比較します",
  "ops.test.full-vm": "{vm} ({method}) を分離したネットワークに新しい VM として復元し、起動してログオンします",
  "ops.test.application": "{vm} ({method}) のアプリケーション(データベース、ディレクトリ、サイト)を復元し、アプリケーション自身の整合性チェックを実行します",
  "ops.test.dr-drill": "{vm} から階層の DR ランブックを実行します。DR サイトでバックアップ サーバーを再構築し、復元して RTO を測定します",
  "ops.step.vault": "パブリック Azure に Recovery Services コンテナー {name} を作成します(論理的な削除、不変性、冗長性)",
  "ops.verify.vault": "コンテナーのプロパティに、テンプレートが設定した冗長性、論理的な削除、不変性が表示されます",
  "ops.step.stampStorage": "2 台目のスタンプにリポジトリ用ストレージ アカウント {name} を作成します",
  "ops.verify.stampStorage": "ストレージ アカウントが 2 台目のスタンプにあり、スタックから BLOB エンドポイントに応答があります",
  "ops.step.targetChecklist": "ターゲットのチェックリストを順に実施します",
  "ops.verify.targetChecklist": "チェックリストのすべての項目にチェックが付いています",
  "ops.step.server": "スタックにバックアップ サーバー {name} ({size}、データ ディスク {disks} 本) をデプロイします",
  "ops.verify.server": "VM がデータ ディスクを接続した状態で稼働し、NIC が計画したサブネットにあります",
  "ops.step.network": "バックアップのネットワーク規則を適用します",
  "ops.verify.network": "保護対象 VM とサーバーの NSG に計画の規則があります",
  "ops.step.installMabs": "{name} に MABS をインストールし、データ ディスクで記憶域プールを作成し、すべてのメンバーに保護エージェントを接続します",
  "ops.verify.installMabs": "Get-DPMProductionServer にサーバーのグループのメンバーがすべて表示されます",
  "ops.step.installVeeam": "{name} に Veeam Backup & Replication をインストールし、スタック外のターゲットにリポジトリを追加します",
  "ops.verify.installVeeam": "コンソールにリポジトリがターゲットの空き容量とともに表示されます",
  "ops.step.escrow.mabs": "MABS の暗号化パスフレーズを決め、登録で求められる前にスタック外に預託します",
  "ops.step.escrow.mars": "各 MARS エージェントの暗号化パスフレーズを決め、登録で求められる前にスタック外に預託します",
  "ops.step.escrow.veeam": "Veeam のバックアップ暗号化パスワードを設定し、スタック外に預託します",
  "ops.step.escrow.velero": "Velero リポジトリのキーとオブジェクト ストアの資格情報をスタック外に預託します",
  "ops.step.registerMabs": "MABS サーバーをコンテナーに登録します ({file})。パスフレーズは預託した後にプロンプトで入力します",
  "ops.step.registerMars": "MARS で直接バックアップする各 VM をコンテナーに登録します ({file})。パスフレーズは預託した後にプロンプトで入力します",
  "ops.verify.register": "コンテナーのバックアップ インフラストラクチャに、サーバーまたはエージェントが登録済みと表示されます",
  "ops.verify.escrow": "2 人目の担当者が預託した写しで 1 項目を復元でき、台帳の confirmed 列が yes になっています",
  "ops.step.ready": "すべてのキーとパスフレーズの預託を確認します。これが通るまで計画は準備完了ではありません",
  "ops.verify.ready": "check-ready.sh が終了コード 0 で終わります",
  "ops.step.protectOnline": "{file} を適用します。初回コピーは計画したシード時刻に WAN 経由で送ります",
  "ops.step.protectOffline": "{file} を適用します。初回コピーはオフラインで送ります(計画はオフライン シードを推奨)",
  "ops.verify.protect": "製品にグループ、ジョブ、スケジュールが計画のメンバー、時刻、保持期間で表示されます",
  "ops.step.calendar": "復元テストのカレンダーをインポートし、各テストに担当者を割り当てます",
  "ops.verify.calendar": "カレンダー アプリに階層のテストがその頻度で表示されます",
  "ops.step.monitor": "日次チェックをスケジュールし、0 以外の終了コードでアラートを出します",
  "ops.verify.monitor": "最初のバックアップ後はチェックが 0 で終わり、復旧ポイントが RPO より古いと 1 で終わります",
  "ops.dr.server": "DR サイト ({site}) でテンプレートからバックアップ サーバー {name} を再構築します",
  "ops.dr.register": "預託したパスフレーズとキーを使って、製品をターゲットに再登録します",
  "ops.dr.monitor": "DR サイトで日次チェックを実行します",
  // operations (deploy/): the DR rebuild re-applies protection as configuration
  "ops.dr.protect": "DR サイトで {file} を再適用し、再構築したサーバーに同じグループ、ジョブ、スケジュールを設定します",
};
