/** ウィザードの日本語 (src/wizard/text.ts)。キーとプレースホルダーは wizard-en.ts と一致させる。 */
import type { wizardEn } from "./wizard-en.js";

export const wizardJa: Record<keyof typeof wizardEn, string> = {
  // ---- wizard: presets, progress, lists
  "wizard.differs.disks": "ディスク",
  "wizard.differs.nothing": "なし (まったく同じ)",
  "wizard.differs.osVersion": "オペレーティング システム",
  "wizard.differs.roles": "ワークロードの役割",
  "wizard.differs.size": "VM サイズ",
  "wizard.differs.tier": "階層",
  "wizard.list.emptyNone": "、なければ空欄",
  "wizard.list.hint": "カンマ区切り",
  "wizard.list.hintRanges": 'カンマ区切り。"web01-web05" で 5 台',
  "wizard.no": "いいえ",
  "wizard.part.disks": "ディスク",
  "wizard.part.network": "ネットワーク",
  "wizard.part.preset": "プリセット",
  "wizard.part.protection": "保護",
  "wizard.part.system": "OS とサイズ",
  "wizard.preset.custom": "カスタム: すべての質問に答える",
  "wizard.preset.describe": "{id}: {os}、{size}、データ ディスク {disks}、役割 {roles}",
  "wizard.preset.like": "{vm} と同じ (そのあと 1 つだけ変更、または変更なし)",
  "wizard.preset.noData": "なし",
  "wizard.preset.series": "{vm}: 同じ連番の {like} と同じ内容で記録しました。違う場合はレビューで編集してください。",
  "wizard.progress.vm": "VM {n}/{total} · {part}",
  "wizard.protection.timeZone": 'バックアップ時間帯のタイム ゾーン (IANA 名。このマシンは "{zone}")',
  "wizard.section.protectionVms": "VM の保護 ({total} 台中 {pending} 台に回答が必要)",
  "wizard.tiers.presetLine": "{tier}: RPO {rpo} 時間、RTO {rto} 時間、保持 {keep} (日次/週次/月次/年次)、時間帯 {start} から {hours} 時間、DR 待機 {dr}",
  "wizard.tiers.presets": "新しい階層にこの初期値を使いますか?{lines}\n  (いいえ: 値を 1 つずつ回答)",
  "wizard.vm.differs": "{vm}: {like} と違うところは?",
  "wizard.vm.preset": "{vm}: プリセットから始める",
  "wizard.yes": "はい",
};
