extension HostConfig {
    /// The result of the daemon's resource check: warnings to print, or the refusal.
    public struct ResourceCheck: Sendable, Equatable {
        public var warnings: [String]
        public var error: String?
    }

    /// The part of moby's `validateHostConfig` and `verifyPlatformContainerResources` (Linux,
    /// cgroup v2 with every controller) that depends only on the request: `--rm` with a restart
    /// policy, memory limits (6MB minimum, swap and reservation ordering), `--cpus` against
    /// `--cpu-period`/`--cpu-quota` and the host's CPU count, CFS ranges and blkio weight.
    /// The texts are moby v28.2.2's, capitalisation included.
    public func resourceCheck(hostCPUs: Int, update: Bool = false) -> ResourceCheck {
        var warnings: [String] = []
        func fail(_ message: String) -> ResourceCheck { ResourceCheck(warnings: warnings, error: message) }
        let minMemory: Int64 = 6 * 1024 * 1024
        if !update && autoRemove && !(restartPolicy.name == .no || restartPolicy.name == .disabled) {
            return fail("can't create 'AutoRemove' container with restart policy")
        }
        if memory != 0 && memory < minMemory { return fail("Minimum memory limit allowed is 6MB") }
        if memory > 0 && memorySwap > 0 && memorySwap < memory {
            return fail("Minimum memoryswap limit should be larger than memory limit, see usage")
        }
        if memory == 0 && memorySwap > 0 && !update {
            return fail("You should always set the Memory limit when using Memoryswap limit, see usage")
        }
        if let swappiness = memorySwappiness, swappiness != -1, swappiness < 0 || swappiness > 100 {
            return fail("Invalid value: \(swappiness), valid memory swappiness range is 0-100")
        }
        if memoryReservation > 0 && memoryReservation < minMemory { return fail("Minimum memory reservation allowed is 6MB") }
        if memory > 0 && memoryReservation > 0 && memory < memoryReservation {
            return fail("Minimum memory limit can not be less than memory reservation limit, see usage")
        }
        if oomKillDisable == true && memory == 0 {
            warnings.append("OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.")
        }
        if nanoCpus > 0 && cpuPeriod > 0 { return fail("Conflicting options: Nano CPUs and CPU Period cannot both be set") }
        if nanoCpus > 0 && cpuQuota > 0 { return fail("Conflicting options: Nano CPUs and CPU Quota cannot both be set") }
        if nanoCpus != 0 && (nanoCpus < 0 || nanoCpus > Int64(hostCPUs) * 1_000_000_000) {
            return fail("range of CPUs is from 0.01 to \(hostCPUs).00, as there are only \(hostCPUs) CPUs available")
        }
        if cpuPeriod != 0 && (cpuPeriod < 1000 || cpuPeriod > 1_000_000) {
            return fail("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)")
        }
        if cpuQuota > 0 && cpuQuota < 1000 { return fail("CPU cfs quota can not be less than 1ms (i.e. 1000)") }
        if cpuPercent > 0 {
            warnings.append("linux does not support CPU percent. Percent discarded.")
        }
        if blkioWeight > 0 && (blkioWeight < 10 || blkioWeight > 1000) { return fail("Range of blkio weight is from 10 to 1000") }
        if ioMaximumBandwidth != 0 || ioMaximumIOps != 0 {
            return fail("Invalid QoS settings: linux does not support Maximum IO Bandwidth or Maximum IO IOps")
        }
        return ResourceCheck(warnings: warnings, error: nil)
    }
}
