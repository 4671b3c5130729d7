/** A Kubernetes cluster added to the small example, for the AKS and Velero tests. */
export function addCluster(document: any, cluster: Record<string, unknown> = {}): void {
  const rgWeb = document.subscriptions[0].resourceGroups[2];
  rgWeb.kubernetesClusters = [
    {
      name: "aks-shop",
      engine: "aks-engine",
      kubernetesVersion: "1.30.14",
      nodePools: [
        { name: "master", role: "control-plane", vmSize: "Standard_DS2_v2", count: 3 },
        { name: "linuxpool", role: "agent", vmSize: "Standard_DS3_v2", count: 3, osType: "linux" },
      ],
      namespaces: ["default", "shop", "kube-system", "kube-public"],
      persistentVolumes: [
        { name: "pv-orders", namespace: "shop", sizeGiB: 256, storageClass: "managed-premium", accessMode: "ReadWriteOnce" },
        { name: "pv-archive", namespace: "shop", sizeGiB: 2048, storageClass: "managed-standard" },
        { name: "pv-nfs", namespace: "shop", sizeGiB: 100, storageClass: "nfs-client" },
        { name: "pv-system", namespace: "kube-system", sizeGiB: 10, storageClass: "default" },
      ],
      ...cluster,
    },
  ];
}
