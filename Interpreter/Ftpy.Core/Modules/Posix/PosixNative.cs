using System.Runtime.InteropServices;

namespace Ftpy.Modules.Posix;

/// <summary>
/// The C library calls behind the posix module, made directly as CPython makes them so that
/// errno values and strerror texts are the platform's own. Every call that can fail records
/// errno (SetLastError) and the caller reads it with <see cref="Errno"/> right after.
/// Paths cross as NUL-terminated UTF-8 byte arrays.
/// Invariant: struct statx is read only through <see cref="StatX"/>, whose layout is fixed by
/// the Linux kernel ABI for every architecture.
/// </summary>
public static unsafe partial class PosixNative
{
    const string Lib = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct StatxTimestamp { public long Sec; public uint Nsec; int _reserved; }

    [StructLayout(LayoutKind.Sequential)]
    public struct StatX
    {
        public uint Mask, BlkSize;
        public ulong Attributes;
        public uint NLink, Uid, Gid;
        public ushort Mode;
        ushort _spare0;
        public ulong Ino, Size, Blocks, AttributesMask;
        public StatxTimestamp ATime, BTime, CTime, MTime;
        public uint RdevMajor, RdevMinor, DevMajor, DevMinor;
        fixed ulong _spare2[14];
    }

    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const uint StatxBasicStats = 0x7ff;

    [DllImport(Lib, SetLastError = true)] public static extern int statx(int dirfd, byte* path, int flags, uint mask, StatX* buf);
    [DllImport(Lib, SetLastError = true)] public static extern byte* getcwd(byte* buf, nuint size);
    [DllImport(Lib, SetLastError = true)] public static extern int chdir(byte* path);
    [DllImport(Lib, SetLastError = true)] public static extern int mkdir(byte* path, uint mode);
    [DllImport(Lib, SetLastError = true)] public static extern int rmdir(byte* path);
    [DllImport(Lib, SetLastError = true)] public static extern int unlink(byte* path);
    [DllImport(Lib, SetLastError = true)] public static extern int rename(byte* from, byte* to);
    [DllImport(Lib, SetLastError = true)] public static extern int chmod(byte* path, uint mode);
    [DllImport(Lib, SetLastError = true)] public static extern int access(byte* path, int mode);
    [DllImport(Lib, SetLastError = true)] public static extern int symlink(byte* target, byte* link);
    [DllImport(Lib, SetLastError = true)] public static extern nint readlink(byte* path, byte* buf, nuint size);
    [DllImport(Lib, SetLastError = true)] public static extern nint opendir(byte* path);
    [DllImport(Lib, SetLastError = true)] public static extern nint readdir(nint dir);
    [DllImport(Lib, SetLastError = true)] public static extern int closedir(nint dir);
    [DllImport(Lib, SetLastError = true)] public static extern int setenv(byte* name, byte* value, int overwrite);
    [DllImport(Lib, SetLastError = true)] public static extern int unsetenv(byte* name);
    [DllImport(Lib, SetLastError = true)] public static extern int getpid();
    [DllImport(Lib, SetLastError = true)] public static extern int getppid();
    [DllImport(Lib, SetLastError = true)] public static extern uint getuid();
    [DllImport(Lib, SetLastError = true)] public static extern uint umask(uint mask);
    [DllImport(Lib, SetLastError = true)] public static extern int utimensat(int dirfd, byte* path, long* times, int flags);
    [DllImport(Lib)] public static extern byte* strerror(int errnum);
    [DllImport(Lib, SetLastError = true, EntryPoint = "open")] public static extern int open_(byte* path, int flags, uint mode);
    [DllImport(Lib, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern nint read(int fd, byte* buf, nuint count);
    [DllImport(Lib, SetLastError = true)] public static extern nint write(int fd, byte* buf, nuint count);
    [DllImport(Lib, SetLastError = true)] public static extern long lseek(int fd, long offset, int whence);
    [DllImport(Lib, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern int ftruncate(int fd, long length);
    public const int AtEmptyPath = 0x1000;

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>Linux glibc's struct dirent64: d_name starts after d_ino, d_off, d_reclen, d_type.</summary>
    public const int DirentNameOffset = 19;
    public const int DirentTypeOffset = 18;
}
