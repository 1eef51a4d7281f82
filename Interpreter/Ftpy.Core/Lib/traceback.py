"""Extract, format and print Python stack traces and exceptions, as CPython 3.13 lays them out."""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_NOT_GIVEN = object()


# ---------------------------------------------------------------- plain helpers

def print_list(extracted_list, file=None):
    """Print the entries of extract_tb()/extract_stack() (or tuples) to file (stderr by default)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (file, line, name, text) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The frames of a traceback object as a StackSummary, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _value_and_tb(exc, value, tb):
    if (value is _NOT_GIVEN) != (tb is _NOT_GIVEN):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _NOT_GIVEN:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback and chained exceptions to file (stderr by default)."""
    value, tb = _value_and_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for text in te.format(chain=chain):
        print(text, file=file, end="")


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None,
                     chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_NOT_GIVEN, *, show_group=False):
    """The final line(s) of a traceback: 'Type: message', SyntaxError details and notes."""
    if value is _NOT_GIVEN:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def _final_line(type_name, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return f"{type_name}\n"
    return f"{type_name}: {text}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _current_exception():
    getter = getattr(sys, "exception", None)
    if getter is not None:
        return getter()
    return sys.exc_info()[1]


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (like print_exception(sys.exception()))."""
    print_exception(_current_exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(_current_exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    exc = getattr(sys, "last_exc", None)
    if exc is None:
        if not hasattr(sys, "last_type"):
            raise ValueError("no last exception")
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit, file, chain)
        return
    print_exception(exc, limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack of the calling frame (or of f), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The current stack (or f's) as a StackSummary, outermost first; limit keeps the innermost."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# ---------------------------------------------------------------- frames

class FrameSummary:
    """One frame of a stack: filename, lineno, name, the source line and optionally its locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The raw source line, indentation included (the caret columns count from it).
        self.line
        return self._lines

    @property
    def line(self):
        if self._lines is None:
            if self.lineno is None:
                return None
            self._lines = linecache.getline(self.filename, self.lineno)
        return self._lines.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f (default: the caller's caller) outwards through f_back."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    if lasti < 0:
        return None, None, None, None
    try:
        return next(itertools.islice(code.co_positions(), lasti // 2, None))
    except (StopIteration, AttributeError):
        return None, None, None, None


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)); the columns are only kept when the
    # instruction sits on the line the traceback reports.
    while tb is not None:
        lineno = tb.tb_lineno
        line, end_line, col, end_col = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if line != lineno:
            end_line, col, end_col = lineno, None, None
        yield tb.tb_frame, (lineno, end_line, col, end_col)
        tb = tb.tb_next


def _with_full_positions(frame_gen):
    for f, lineno in frame_gen:
        yield f, (lineno, None, None, None)


class StackSummary(list):
    """A list of FrameSummary objects ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from (frame, lineno) pairs as walk_stack/walk_tb yield them."""
        return klass._extract_from_extended_frame_gen(
            _with_full_positions(frame_gen), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The '  File ..., line N, in name' entry of one frame with its source line and carets."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        raw = frame_summary._original_line
        if raw:
            text = raw.rstrip("\r\n")
            stripped = text.lstrip(" \t\f").rstrip()
            if stripped:
                row.append('    {}\n'.format(stripped))
                carets = _caret_line(frame_summary, text, stripped)
                if carets:
                    row.append('    {}\n'.format(carets))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format every frame; a frame repeated more than three times in a row is summarized."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                _append_repeat_note(result, count)
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        _append_repeat_note(result, count)
        return result


def _append_repeat_note(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {more} more '
                      f'time{"s" if more > 1 else ""}]\n')


def _anchor_marks(segment):
    try:
        import _ftpy_traceback
    except ImportError:
        return None
    marks = _ftpy_traceback.anchors(segment)
    if not marks or '~' not in marks:
        return None
    return marks


def _is_name_call(segment, dotted=False):
    # True when segment is exactly one call whose callee is a plain name, f(...), or with
    # dotted, a dotted name: obj.method(...)
    i = 0
    n = len(segment)
    if n == 0 or not (segment[0].isalpha() or segment[0] == '_'):
        return False
    while i < n and (segment[i].isalnum() or segment[i] == '_' or
                     (dotted and segment[i] == '.' and i + 1 < n and
                      (segment[i + 1].isalpha() or segment[i + 1] == '_'))):
        i += 1
    while i < n and segment[i] == ' ':
        i += 1
    if i >= n or segment[i] != '(':
        return False
    depth = 0
    quote = None
    while i < n:
        c = segment[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i == n - 1
        i += 1
    return False


def _whole_statement_call(stripped, start, end):
    # CPython leaves out the carets of `return f(x)` and `name = call(x)` when the call is
    # the statement's whole value: they would add nothing to the line above them.
    if end != len(stripped):
        return False
    segment = stripped[start:end]
    head = stripped[:start].rstrip()
    if head == "return":
        return _is_name_call(segment)
    if not _is_name_call(segment, dotted=True):
        return False
    if head.endswith("=") and not head.endswith(("==", "!=", "<=", ">=")):
        target = head[:-1].rstrip()
        return target.isidentifier() and head[-2:-1] not in "+-*/%&|^@<>:"
    return False


def _caret_line(fs, text, stripped):
    if fs.colno is None or fs.end_colno is None:
        return None
    if fs.end_lineno is not None and fs.end_lineno != fs.lineno:
        return None
    indent = len(text) - len(text.lstrip(" \t\f"))
    start = fs.colno - indent
    end = min(fs.end_colno - indent, len(stripped))
    if start < 0 or start >= end:
        return None
    if _whole_statement_call(stripped, start, end):
        return None
    marks = _anchor_marks(stripped[start:end])
    if marks is None:
        if start == 0 and end >= len(stripped):
            return None
        marks = '^' * (end - start)
    return ' ' * start + marks.rstrip()


# ---------------------------------------------------------------- exceptions

class _PrintContext:
    # Indentation state while formatting nested exception groups.

    def __init__(self):
        self.seen = set()
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, text_or_lines, margin_char=None):
        prefix = self.indent()
        if self.group_depth:
            prefix += (margin_char or '|') + ' '
        texts = [text_or_lines] if isinstance(text_or_lines, str) else text_or_lines
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for later rendering: its type name, message, stack, notes and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None, _chain=True):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._exc_type = exc_type
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        self._is_syntax_error = False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if _chain:
            self._build_chain(exc_value, limit, lookup_lines, capture_locals,
                              max_group_width, max_group_depth, _seen)

    def _build_chain(self, exc_value, limit, lookup_lines, capture_locals,
                     max_group_width, max_group_depth, seen):
        # Breadth-first over causes, contexts and group members so deep chains need no
        # recursion, each exception captured once.
        pending = [(self, exc_value)]
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=seen)

        def capture(exc):
            te = TracebackException(type(exc), exc, exc.__traceback__, **options, _chain=False)
            pending.append((te, exc))
            return te

        while pending:
            te, value = pending.pop()
            if value is None:
                continue
            cause = value.__cause__
            if cause is not None and id(cause) not in seen:
                seen.add(id(cause))
                te.__cause__ = capture(cause)
            context = value.__context__
            if context is not None and id(context) not in seen:
                seen.add(id(context))
                te.__context__ = capture(context)
            if isinstance(value, BaseExceptionGroup):
                members = []
                for member in value.exceptions:
                    seen.add(id(member))
                    members.append(capture(member))
                te.exceptions = members

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exc (with its traceback) for later formatting."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        if not self._have_exc_type:
            return None
        stype = self.exc_type_qualname
        smod = self.exc_type_module
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        """The 'Type: message' line(s) of the exception, with SyntaxError details and notes."""
        indent = 3 * _depth * ' '
        if not self._have_exc_type:
            yield indent + _final_line(None, self._str)
            return
        stype = self.exc_type_str
        if self._is_syntax_error:
            for line in self._format_syntax_error(stype):
                yield indent + line
        elif _depth > 0:
            for line in _final_line(stype, self._str)[:-1].split('\n'):
                yield indent + line + '\n'
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes)):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield indent + line + '\n'
        elif notes is not None:
            yield indent + "{}\n".format(_safe_string(notes, '__notes__', func=repr))
        if self.exceptions and show_group:
            for member in self.exceptions:
                yield from member.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext.rstrip())
            if self.offset is not None:
                offset = self.offset
                if self.end_lineno == self.lineno and self.end_offset not in (None, 0):
                    end_offset = self.end_offset
                else:
                    end_offset = offset
                if end_offset <= offset:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    end_colno = min(end_colno, max(len(ltext.rstrip()), colno + 1))
                    spacing = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(spacing, '^' * max(1, end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines print_exception prints: chained exceptions first, then this one."""
        if _ctx is None:
            _ctx = _PrintContext()
        sequence = []
        exc = self
        while exc is not None:
            if not chain:
                sequence.append((None, exc))
                break
            if exc.__cause__ is not None:
                sequence.append((_cause_message, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                sequence.append((_context_message, exc))
                exc = exc.__context__
            else:
                sequence.append((None, exc))
                exc = None
        # Each message names how its exception relates to the one printed before it.
        for message, exc in reversed(sequence):
            if message is not None:
                yield from _ctx.emit(message)
            yield from self._format_one(exc, chain, _ctx)

    def _format_one(self, exc, chain, _ctx):
        if exc.exceptions is None:
            if exc.stack:
                yield from _ctx.emit('Traceback (most recent call last):\n')
                yield from _ctx.emit(exc.stack.format())
            yield from _ctx.emit(exc.format_exception_only())
            return
        if _ctx.group_depth > self.max_group_depth:
            yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            return
        toplevel = _ctx.group_depth == 0
        if toplevel:
            _ctx.group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.group_depth += 1
            if truncated:
                remaining = total - width
                yield from _ctx.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.group_depth -= 1
        if toplevel:
            _ctx.group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the formatted exception to file (stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

