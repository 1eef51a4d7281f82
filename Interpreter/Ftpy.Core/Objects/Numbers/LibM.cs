using System.Runtime.InteropServices;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Functions of the platform C math library that .NET does not expose (or computes
/// differently), called directly so results equal CPython's, which calls the same library.
/// Invariant: every entry is a pure function of its arguments (errno is not consulted).
/// </summary>
public static unsafe class LibM
{
    static readonly nint Library = LoadLibrary();

    static readonly delegate* unmanaged<double, double> ErfPtr = (delegate* unmanaged<double, double>)Export("erf");
    static readonly delegate* unmanaged<double, double> ErfcPtr = (delegate* unmanaged<double, double>)Export("erfc");
    static readonly delegate* unmanaged<double, double> Expm1Ptr = (delegate* unmanaged<double, double>)Export("expm1");
    static readonly delegate* unmanaged<double, double> Log1pPtr = (delegate* unmanaged<double, double>)Export("log1p");
    static readonly delegate* unmanaged<double, double> Exp2Ptr = (delegate* unmanaged<double, double>)Export("exp2");
    static readonly delegate* unmanaged<double, double, double> HypotPtr = (delegate* unmanaged<double, double, double>)Export("hypot");
    static readonly delegate* unmanaged<double, double, double> NextAfterPtr = (delegate* unmanaged<double, double, double>)Export("nextafter");

    static nint LoadLibrary()
    {
        string name = OperatingSystem.IsWindows() ? "ucrtbase.dll"
            : OperatingSystem.IsMacOS() ? "/usr/lib/libSystem.dylib"
            : "libm.so.6";
        return NativeLibrary.Load(name);
    }

    static nint Export(string name) => NativeLibrary.GetExport(Library, name);

    public static double Erf(double x) => ErfPtr(x);
    public static double Erfc(double x) => ErfcPtr(x);
    public static double Expm1(double x) => Expm1Ptr(x);
    public static double Log1p(double x) => Log1pPtr(x);
    public static double Exp2(double x) => Exp2Ptr(x);
    public static double Hypot(double x, double y) => HypotPtr(x, y);
    public static double NextAfter(double x, double y) => NextAfterPtr(x, y);
}
