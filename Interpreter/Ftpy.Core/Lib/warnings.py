"""Issue warnings and filter them (the warnings module of CPython 3.13, written in Python)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "deprecated"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message, category, module, lineno); message and module are a
# compiled pattern, a plain string compared exactly, or None for "anything".
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    # Per-module registries remember suppressed warnings only for one version of the filters.
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------- display

class WarningMessage(object):
    """One recorded warning: message, category, filename, lineno, file, line and source."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way: 'file:line: Category: message' plus the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    show = showwarning
    if show is not _showwarning_orig:
        # A replacement showwarning takes precedence over the recording hook.
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert a filter: action for warnings whose text starts matching message (case-insensitive),
    whose category is a subclass of category, whose module name matches module, at lineno (0: any)."""
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_lineno(lineno)
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every warning of category (at lineno, 0 meaning any line)."""
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, including the default ones."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A -W option or PYTHONWARNINGS entry that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    for candidate in ("default", "always", "ignore", "module", "once", "error"):
        if candidate.startswith(action):
            return candidate
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        owner, name = builtins, category
    else:
        modname, _, name = category.rpartition('.')
        try:
            owner = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(owner, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ---------------------------------------------------------------- issuing

def _is_internal_filename(filename):
    return 'importlib' in filename and '_bootstrap' in filename


def _skipped_frame(frame, skip_file_prefixes):
    filename = frame.f_code.co_filename
    if _is_internal_filename(filename):
        return True
    return bool(skip_file_prefixes) and filename.startswith(skip_file_prefixes)


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise it, as the filters decide."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        frame = sys._getframe(1)
        if stacklevel > 1:
            for _ in range(stacklevel - 1):
                frame = frame.f_back
                while frame is not None and _skipped_frame(frame, skip_file_prefixes):
                    frame = frame.f_back
                if frame is None:
                    break
    except ValueError:
        frame = None
    if frame is None:
        module_globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        module_globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = module_globals['__name__'] if '__name__' in module_globals else "<string>"
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning attributed to an explicit filename and line (the low-level warn)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                           (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------- context manager

class catch_warnings(object):
    """Save the filters and showwarning on entry and restore them on exit.

    record=True replaces showwarning with a recorder and returns the list of WarningMessage
    objects from __enter__; action/category/lineno/append apply one simplefilter on entry.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------- deprecated (PEP 702)

class deprecated:
    """Decorator marking a class, function or overload as deprecated (PEP 702).

    Using the object then emits category (DeprecationWarning by default) with the message;
    category=None only sets __deprecated__.
    """

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(
                f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        message = self.message
        category = self.category
        level = self.stacklevel + 1
        if category is None:
            arg.__deprecated__ = message
            return arg
        import functools
        if isinstance(arg, type):
            return self._wrap_class(arg, message, category, level, functools)
        if callable(arg):
            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(message, category=category, stacklevel=level)
                return arg(*args, **kwargs)
            arg.__deprecated__ = wrapper.__deprecated__ = message
            return wrapper
        raise TypeError(
            "@deprecated decorator with non-None category must be applied to "
            f"a class or callable, not {arg!r}")

    @staticmethod
    def _wrap_class(cls, message, category, level, functools):
        original_new = cls.__new__

        @functools.wraps(original_new)
        def __new__(klass, *args, **kwargs):
            if klass is cls:
                warn(message, category=category, stacklevel=level)
            if original_new is not object.__new__:
                return original_new(klass, *args, **kwargs)
            if klass.__init__ is object.__init__ and (args or kwargs):
                raise TypeError(f"{klass.__name__}() takes no arguments")
            return original_new(klass)

        cls.__new__ = staticmethod(__new__)
        original_init_subclass = cls.__init_subclass__
        underlying = getattr(original_init_subclass, "__func__", None)
        if underlying is not None:
            @functools.wraps(underlying)
            def __init_subclass__(*args, **kwargs):
                warn(message, category=category, stacklevel=level)
                return underlying(*args, **kwargs)
            cls.__init_subclass__ = classmethod(__init_subclass__)
        else:
            @functools.wraps(original_init_subclass)
            def __init_subclass__(*args, **kwargs):
                warn(message, category=category, stacklevel=level)
                return original_init_subclass(*args, **kwargs)
            cls.__init_subclass__ = __init_subclass__
        cls.__deprecated__ = __new__.__deprecated__ = message
        __init_subclass__.__deprecated__ = message
        return cls


# ---------------------------------------------------------------- start-up filters

_processoptions(sys.warnoptions)
# The defaults of a release build, after any -W options so that those take precedence.
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
_filters_mutated()
