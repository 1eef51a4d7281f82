# description: exception constructors, fields, str/repr and error messages of the builtin exception families
# features: [builtins, exceptions]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)

t("ValueError kw", lambda: ValueError(x=1))
class E(Exception): pass
t("E kw", lambda: E(x=1))
class E2(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
t("E2 kw", lambda: (E2(1, b=3).args, E2(1, b=3).b))
t("repr multiple", lambda: repr(ValueError(1, 2)))
t("repr none", lambda: repr(ValueError()))
t("str none", lambda: str(ValueError()))
t("str 2", lambda: str(ValueError(1, 'a')))
t("KeyError str", lambda: (str(KeyError('a')), str(KeyError()), str(KeyError(1, 2))))
e = ValueError(1)
t("notes", lambda: (e.add_note("x"), e.__notes__))
t("notes bad", lambda: e.add_note(1))
e2 = ValueError()
e2.__notes__ = 5
t("notes not list", lambda: e2.add_note("x"))
t("with_traceback", lambda: ValueError().with_traceback(None).__traceback__)
t("with_traceback bad", lambda: ValueError().with_traceback(1))
t("args set", lambda: (setattr(e, "args", [1, 2]), e.args))
t("args del", lambda: delattr(e, "args"))
t("cause bad", lambda: setattr(e, "__cause__", 1))
t("context bad", lambda: setattr(e, "__context__", 1))
t("suppress", lambda: (ValueError().__suppress_context__))
t("StopIteration", lambda: (StopIteration().value, StopIteration(1, 2).value, StopIteration(3).args))
t("SystemExit", lambda: (SystemExit().code, SystemExit(1).code, SystemExit(1, 2).code))
t("OSError", lambda: (type(OSError(2, "x")).__name__, OSError(2, "x").errno, str(OSError(2, "x")), str(OSError(2, "x", "f"))))
t("OSError 1", lambda: (str(OSError("a")), OSError("a").errno, OSError(1,2,3,4,5).args))
t("OSError 5", lambda: (str(OSError(1, "e", "a", None, "b")), OSError(1, "e", "a", None, "b").filename2))
t("OSError errno map", lambda: [type(OSError(n, "m")).__name__ for n in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 99)])
t("FileNotFound direct", lambda: (FileNotFoundError(2, "nf", "p").filename, str(FileNotFoundError("x"))))
t("OSError subclass no remap", lambda: type(FileExistsError(2, "x")).__name__)
class MyOS(OSError): pass
t("MyOS remap", lambda: type(MyOS(2, "x")).__name__)
t("BlockingIOError", lambda: (BlockingIOError(11, "x", 5).characters_written))
t("characters_written missing", lambda: OSError().characters_written)
t("SyntaxError", lambda: (str(SyntaxError("m", ("f.py", 1, 2, "txt"))), SyntaxError("m", ("f.py", 1, 2, "txt", 1, 3)).end_offset))
t("SyntaxError str variants", lambda: (str(SyntaxError("m", (None, 1, 2, "t"))), str(SyntaxError("m", ("dir/f.py", None, 2, "t"))), str(SyntaxError())))
t("SyntaxError bad", lambda: SyntaxError("m", (1, 2)))
t("SyntaxError attrs", lambda: (SyntaxError("m").msg, SyntaxError("m").lineno, SyntaxError().msg))
t("ImportError", lambda: (ImportError("m", name="n", path="p").name, ImportError("m").msg, str(ImportError("m", name="n")), ImportError().msg))
t("ImportError bad kw", lambda: ImportError(foo=1))
t("ImportError multi", lambda: (str(ImportError(1, 2)), ImportError(1, 2).msg))
t("MNF", lambda: (ModuleNotFoundError("x", name="y").name))
t("NameError", lambda: (NameError("x", name="n").name, NameError("x").name))
t("NameError bad kw", lambda: NameError(foo=1))
t("AttributeError", lambda: (AttributeError("x", name="n", obj=1).obj, AttributeError().name))
t("AttributeError bad kw", lambda: AttributeError(foo=1))
try:
    None.foo
except AttributeError as ae:
    print("ae", ae.name, ae.obj, ae.args)
try:
    undefined_thing
except NameError as ne:
    print("ne", ne.name, ne.args)
t("UnicodeEncodeError", lambda: (str(UnicodeEncodeError("ascii", "aé", 1, 2, "bad")), UnicodeEncodeError("ascii", "aé", 1, 2, "bad").object))
t("UnicodeDecodeError", lambda: (str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r").start))
t("UnicodeTranslateError", lambda: str(UnicodeTranslateError("abc", 1, 2, "r")))
t("UnicodeEncodeError bad", lambda: UnicodeEncodeError("ascii"))
t("UnicodeEncodeError type", lambda: UnicodeEncodeError(1, "a", 1, 2, "r"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print("enc", u.encoding, u.object, u.start, u.end, u.reason, u.args)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print("dec", u.encoding, u.object, u.start, u.end, u.reason, u.args)
t("UnicodeError plain", lambda: (str(UnicodeError("x")), UnicodeError().encoding if hasattr(UnicodeError(), "encoding") else "noattr"))
t("reduce", lambda: ValueError(1, 2).__reduce__())
ee = ValueError(1); ee.foo = 3
t("reduce dict", lambda: ee.__reduce__())
t("setstate", lambda: (ee.__setstate__({"bar": 2}), ee.bar))
t("OSError reduce", lambda: OSError(2, "x", "f").__reduce__())
t("dict", lambda: ValueError().__dict__)


t("exc eq", lambda: ValueError(1) == ValueError(1))
t("exc hash", lambda: type(hash(ValueError())).__name__)
t("BaseException new", lambda: BaseException.__new__(ValueError, 1, 2).args)
t("exc init again", lambda: (lambda x: (x.__init__(5, 6), x.args))(ValueError(1)))
t("class attrs", lambda: (ValueError.__module__, ValueError.__name__, ValueError.__qualname__, ValueError.__doc__))
t("Exception doc", lambda: (Exception.__doc__, KeyError.__doc__, OSError.__doc__))
t("aliases", lambda: (IOError, EnvironmentError))
t("StopIteration in gen", lambda: next(iter(())))
t("PythonFinalizationError", lambda: PythonFinalizationError.__mro__)
t("ExceptionGroup mro", lambda: ExceptionGroup.__mro__)
t("BaseExceptionGroup bases", lambda: (ExceptionGroup.__bases__, BaseExceptionGroup.__bases__))
