using System.Runtime.InteropServices;

namespace IqSite;

/// <summary>
/// Processor time of the calling thread. A stage that runs beside another (the templates beside
/// Assemble) cannot be timed with the process's processor time, which counts both.
/// </summary>
internal static partial class ThreadCpuTime
{
    /// <returns>The thread's processor time; null where the system does not tell (outside Linux).</returns>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ThreadCpuClock, out var time) != 0) return null;
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
