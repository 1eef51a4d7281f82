namespace Ftpy.Objects;

// Docstrings as CPython 3.13 has them (generated from its __doc__ attributes).
/// <summary>The docstrings of the int, float and complex methods.</summary>
public static class NumberDocs
{
    /// <summary>Gives the methods of <paramref name="t"/> that have none the docstring CPython has.</summary>
    internal static void Apply(PyType t, Dictionary<string, string> docs)
    {
        foreach (var (name, doc) in docs)
        {
            var key = PyStr.Intern(name);
            if (t.Dict.GetItemBorrowed(key) is not PyMethodDescr d || d.Def.Doc is not null) continue;
            var def = d.Def.Kind switch
            {
                MethodKind.NoArgs => new MethodDef(name, (NoArgsMethod)d.Def.Body, doc),
                MethodKind.OneArg => new MethodDef(name, (OneArgMethod)d.Def.Body, doc),
                MethodKind.Fast => new MethodDef(name, (FastMethod)d.Def.Body, doc),
                _ => new MethodDef(name, (FastKwMethod)d.Def.Body, doc),
            };
            t.Dict.SetItem(key, new PyMethodDescr(t, def, d.IsClassMethod));
        }
    }

    public static readonly Dictionary<string, string> Int = new()
    {
        ["__ceil__"] = "Ceiling of an Integral returns itself.",
        ["__floor__"] = "Flooring an Integral returns itself.",
        ["__format__"] = "Convert to a string according to format_spec.",
        ["__round__"] = "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.",
        ["__sizeof__"] = "Returns size in memory, in bytes.",
        ["__trunc__"] = "Truncating an Integral returns itself.",
        ["as_integer_ratio"] = "Return a pair of integers, whose ratio is equal to the original int.\n\nThe ratio is in lowest terms and has a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)",
        ["bit_count"] = "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3",
        ["bit_length"] = "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6",
        ["conjugate"] = "Returns self, the complex conjugate of any int.",
        ["from_bytes"] = "Return the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    sys.byteorder as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer.",
        ["is_integer"] = "Returns True. Exists for duck type compatibility with float.is_integer.",
        ["to_bytes"] = "Return an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    sys.byteorder as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised.",
    };

    public static readonly Dictionary<string, string> Float = new()
    {
        ["__ceil__"] = "Return the ceiling as an Integral.",
        ["__floor__"] = "Return the floor as an Integral.",
        ["__format__"] = "Formats the float according to format_spec.",
        ["__getformat__"] = "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating-point numbers used by the\nC type named by typestr.",
        ["__round__"] = "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).",
        ["__trunc__"] = "Return the Integral closest to x between 0 and x.",
        ["as_integer_ratio"] = "Return a pair of integers, whose ratio is exactly equal to the original float.\n\nThe ratio is in lowest terms and has a positive denominator.  Raise\nOverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)",
        ["conjugate"] = "Return self, the complex conjugate of any float.",
        ["fromhex"] = "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324",
        ["hex"] = "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'",
        ["is_integer"] = "Return True if the float is an integer.",
    };

    public static readonly Dictionary<string, string> Complex = new()
    {
        ["__complex__"] = "Convert this value to exact type complex.",
        ["__format__"] = "Convert to a string according to format_spec.",
        ["conjugate"] = "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    };
}
