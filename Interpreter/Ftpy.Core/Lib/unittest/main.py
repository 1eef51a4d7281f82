"""unittest.main() and `python -m unittest`: parse the command line, load tests, run them."""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True
_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

_MAIN_HELP_BODY = """\
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  --durations N        Show the N slowest test cases (N=0 for all)
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_DISCOVERY_HELP_BODY = """\
options:
  -h, --help            show this help message and exit
  -v, --verbose         Verbose output
  -q, --quiet           Quiet output
  --locals              Show local variables in tracebacks
  --durations N         Show the N slowest test cases (N=0 for all)
  -f, --failfast        Stop on first fail or error
  -c, --catch           Catch Ctrl-C and display results so far
  -b, --buffer          Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS   Only run tests which match the given substring
  -s, --start-directory START
                        Directory to start discovery ('.' default)
  -p, --pattern PATTERN
                        Pattern to match tests ('test*.py' default)
  -t, --top-level-directory TOP
                        Top level directory of project (defaults to start
                        directory)

For test discovery all test modules must be importable from the top level
directory of the project.
"""

_COMMON_USAGE = ['[-h]', '[-v]', '[-q]', '[--locals]', '[--durations N]', '[-f]',
                 '[-c]', '[-b]', '[-k TESTNAMEPATTERNS]']
_DISCOVERY_USAGE = _COMMON_USAGE + ['[-s START]', '[-p PATTERN]', '[-t TOP]']


def _usage(prog, optionals, positionals, width=78):
    # argparse's usage layout: everything on one line if it fits, else the optionals
    # wrapped under the program name and the positionals on lines of their own.
    prefix = 'usage: '
    one_line = ' '.join([prog] + optionals + positionals)
    if len(prefix) + len(one_line) <= width:
        return prefix + one_line + '\n'

    def lines_of(parts, indent, first_prefix=None):
        lines = []
        line = []
        line_len = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
        for part in parts:
            if line_len + 1 + len(part) > width and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * width:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = lines_of([prog] + optionals, indent, prefix)
        lines.extend(lines_of(positionals, indent))
    else:
        indent = ' ' * len(prefix)
        lines = lines_of(optionals + positionals, indent)
        lines = [prog] + lines
    return prefix + '\n'.join(lines) + '\n'


class _UsageError(Exception):
    pass


_FLAG_OPTIONS = {
    '-h': 'help', '--help': 'help',
    '-v': 'verbose', '--verbose': 'verbose',
    '-q': 'quiet', '--quiet': 'quiet',
    '--locals': 'locals',
    '-f': 'failfast', '--failfast': 'failfast',
    '-c': 'catch', '--catch': 'catch',
    '-b': 'buffer', '--buffer': 'buffer',
}
_VALUE_OPTIONS = {
    '--durations': 'durations',
    '-k': 'k',
}
_DISCOVERY_OPTIONS = {
    '-s': 'start', '--start-directory': 'start',
    '-p': 'pattern', '--pattern': 'pattern',
    '-t': 'top', '--top-level-directory': 'top',
}
_DISPLAY = {'durations': '--durations', 'k': '-k', 'start': '-s/--start-directory',
            'pattern': '-p/--pattern', 'top': '-t/--top-level-directory'}


def _convert_name(name):
    # A file path given as a test name becomes a dotted module name.
    import os
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """A command-line program that runs a set of tests: unittest.main."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not sys.warnoptions:
            # Show deprecation warnings of the code under test by default, as CPython does.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].replace("\\", "/").rsplit("/", 1)[-1]
        self.parseArgs(argv)
        self.runTests()

    # ------------------------------------------------------------ command line

    def _print_help(self, discovery):
        if discovery:
            text = _usage(self.progName + ' discover', _DISCOVERY_USAGE, [])
            text += '\n' + _DISCOVERY_HELP_BODY
        else:
            text = _usage(self.progName, _COMMON_USAGE, ['[tests ...]'])
            text += '\n' + _MAIN_HELP_BODY
            examples = MAIN_EXAMPLES if self.module is None else MODULE_EXAMPLES
            text += '\n' + examples % {'prog': self.progName} + '\n'
            if self.module is None:
                # `python -m unittest -h` also describes the discover subcommand.
                text += _usage(self.progName + ' discover', _DISCOVERY_USAGE, [])
                text += '\n' + _DISCOVERY_HELP_BODY
        sys.stdout.write(text)

    def _fail(self, discovery, message):
        if discovery:
            prog = self.progName + ' discover'
            usage = _usage(prog, _DISCOVERY_USAGE, [])
        else:
            prog = self.progName
            usage = _usage(prog, _COMMON_USAGE, ['[tests ...]'])
        sys.stderr.write(usage)
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def _match_long(self, arg, table):
        if arg in table:
            return arg
        candidates = [name for name in table if name.startswith('--') and name.startswith(arg)]
        unique = sorted(set(candidates))
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            raise _UsageError('ambiguous option: %s could match %s' % (arg, ', '.join(unique)))
        return None

    def _parse(self, args, discovery):
        """Apply the options in args; return the positional arguments."""
        table = dict(_FLAG_OPTIONS)
        table.update(_VALUE_OPTIONS)
        if discovery:
            table.update(_DISCOVERY_OPTIONS)
        positionals = []
        unknown = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positionals or not arg.startswith('-') or arg == '-':
                positionals.append(arg)
                continue
            if arg == '--':
                only_positionals = True
                continue
            value = None
            if arg.startswith('--'):
                name, eq, inline = arg.partition('=')
                key = self._match_long(name, table)
                if key is None:
                    unknown.append(arg)
                    continue
                dest = table[key]
                if eq:
                    value = inline
                if dest in _FLAG_OPTIONS.values():
                    if eq:
                        raise _UsageError('argument %s: ignored explicit argument %r'
                                          % (key, inline))
                    self._apply_flag(dest, discovery)
                    continue
            else:
                # Short options: flags may be grouped (-vf); a value may be attached (-kfoo).
                j = 1
                dest = None
                while j < len(arg):
                    key = '-' + arg[j]
                    if key not in table:
                        unknown.append(arg if j == 1 else '-' + arg[j:])
                        dest = None
                        break
                    dest = table[key]
                    if dest in _FLAG_OPTIONS.values():
                        self._apply_flag(dest, discovery)
                        dest = None
                        j += 1
                        continue
                    rest = arg[j + 1:]
                    if rest:
                        value = rest[1:] if rest.startswith('=') else rest
                    break
                if dest is None:
                    continue
            if value is None:
                if i < len(args) and not (args[i].startswith('-') and args[i] != '-'):
                    value = args[i]
                    i += 1
                else:
                    raise _UsageError('argument %s: expected one argument' % _DISPLAY[dest])
            self._apply_value(dest, value)
        if unknown:
            self._pending_unknown = unknown
        return positionals

    def _apply_flag(self, dest, discovery):
        if dest == 'help':
            self._print_help(discovery)
            sys.exit(0)
        elif dest == 'verbose':
            self.verbosity = 2
        elif dest == 'quiet':
            self.verbosity = 0
        elif dest == 'locals':
            self.tb_locals = True
        elif dest == 'failfast':
            if self.failfast is None:
                self.failfast = True
        elif dest == 'catch':
            if self.catchbreak is None:
                self.catchbreak = True
        elif dest == 'buffer':
            if self.buffer is None:
                self.buffer = True

    def _apply_value(self, dest, value):
        if dest == 'durations':
            try:
                self.durations = int(value)
            except ValueError:
                raise _UsageError("argument --durations: invalid int value: %r" % value)
        elif dest == 'k':
            if self.testNamePatterns is None:
                self.testNamePatterns = []
            self.testNamePatterns.append(_convert_select_pattern(value))
        else:
            setattr(self, dest, value)

    def _parse_checked(self, args, discovery, max_positionals=None):
        self._pending_unknown = None
        try:
            positionals = self._parse(args, discovery)
            if max_positionals is not None and len(positionals) > max_positionals:
                self._pending_unknown = (self._pending_unknown or []) + positionals[max_positionals:]
                positionals = positionals[:max_positionals]
            if self._pending_unknown:
                raise _UsageError('unrecognized arguments: %s' % ' '.join(self._pending_unknown))
        except _UsageError as e:
            self._fail(discovery, str(e))
        return positionals

    def parseArgs(self, argv):
        """Read options and test names from argv (argv[0] is the program name)."""
        self.testNamePatterns = None
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self.tests = self._parse_checked(argv[1:], False)
            if not self.tests:
                # `python -m unittest` with no names runs discovery.
                self._do_discovery([])
                return
        else:
            self.tests = self._parse_checked(argv[1:], False)

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # Names given to `python -m unittest.main` are absolute.
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader_obj = self.testLoader if Loader is None else Loader()
            self.test = loader_obj.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            # Up to three positionals: start, pattern, top.
            start, pattern, top = self.start, self.pattern, self.top
            self.start = self.pattern = self.top = None
            positionals = self._parse_checked(argv, True, max_positionals=3)
            for name, value in zip(('start', 'pattern', 'top'), positionals):
                setattr(self, name, value)
            if self.start is None:
                self.start = start
            if self.pattern is None:
                self.pattern = pattern
            if self.top is None:
                self.top = top
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals,
                                                 durations=self.durations)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


main = TestProgram
