"""Text wrapping and filling: TextWrapper, wrap(), fill(), shorten(), dedent(), indent()."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: a non-breaking space (U+00A0) must not break lines.
_whitespace = '\t\n\x0b\x0c\r '
_whitespace_set = frozenset(_whitespace)


def _is_word(c):
    # \w of a str regular expression
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, i):
    """True when text[i:] starts with two or more '-' followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_hyphenated(text):
    """Split text into chunks: runs of whitespace, em-dashes ("--") between words, and
    words, with hyphenated words split after each hyphen that sits between letters
    ("well-known" gives "well-" and "known"; "555-123" stays whole)."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _whitespace_set:
            q = p + 1
            while q < n and text[q] in _whitespace_set:
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if c == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        # A word: the shortest run of non-whitespace that ends before whitespace or the
        # end of text, before an em-dash, or just after a hyphen between letters.
        q = p + 1
        while True:
            if q >= n or text[q] in _whitespace_set:
                break
            if text[q] == '-':
                before_ok = ((q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1]))
                             or (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-'
                                 and _is_letter(text[q - 1])))
                if before_ok and q + 1 < n and _is_letter(text[q + 1]):
                    after = q + 2
                    if after < n and text[after] == '-':
                        after += 1
                    if after < n and _is_letter(text[after]):
                        q += 1
                        break
            if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                break
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_on_whitespace(text):
    """Split text into alternating runs of whitespace and of other characters."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        in_ws = text[p] in _whitespace_set
        q = p + 1
        while q < n and (text[q] in _whitespace_set) == in_ws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    """A chunk ending in a lowercase ASCII letter, '.', '!' or '?', and an optional quote."""
    end = len(chunk)
    if end and chunk[end - 1] in '"\'':
        end -= 1
    return end >= 2 and chunk[end - 1] in '.!?' and 'a' <= chunk[end - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text to a given width.

    Options (also attributes): width, initial_indent, subsequent_indent, expand_tabs,
    tabsize, replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, max_lines and placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks lines are built from: words and whitespace runs (words also break
        after their hyphens when break_on_hyphens)."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of the over-long chunk on the current line as fits (preferring to
        break after a hyphen), or all of it on an empty line when long words may not break."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most width characters (indents included)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Taking chunks from the end of a reversed list is cheap.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of any line but the first is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of a line is dropped.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder, dropping chunks
                    # until it fits (or append it to the previous line).
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The wrapped lines of text (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string, lines joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters; see TextWrapper for the options."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines; see TextWrapper for the options."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width, ending with the
    placeholder (" [...]" by default) when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _split_lines_on_newline(text):
    # Lines ending in '\n' (keeping it); a '\r' stays part of its line.
    lines = text.split('\n')
    return [line + '\n' for line in lines[:-1]] + [lines[-1]]


def dedent(text):
    """Remove the whitespace prefix all non-blank lines share; lines of only spaces and
    tabs become empty. Tabs and spaces are different characters here."""
    lines = _split_lines_on_newline(text)
    margin = None
    for i, line in enumerate(lines):
        body = line[:-1] if line.endswith('\n') else line
        stripped = body.lstrip(' \t')
        if not stripped:
            if body:
                lines[i] = line[len(body):]
            continue
        indent = body[:len(body) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for j, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return ''.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that predicate accepts (by default, the lines that
    are not only whitespace). Line endings are kept."""
    if predicate is None:
        predicate = lambda line: not line.isspace()
    prefixed = []
    for line in text.splitlines(True):
        if predicate(line):
            prefixed.append(prefix)
        prefixed.append(line)
    return ''.join(prefixed)
