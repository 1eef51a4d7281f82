"""Running child processes: run(), call(), check_call(), check_output() and getoutput().

A child runs to completion inside one call (_ftpy_subprocess.run); Popen objects that stay
alive while the parent continues are not provided.
"""

import os
import sys
import _ftpy_subprocess

__all__ = ["run", "call", "check_call", "check_output", "getoutput", "getstatusoutput",
           "CompletedProcess", "CalledProcessError", "TimeoutExpired", "SubprocessError",
           "PIPE", "STDOUT", "DEVNULL", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run with check=True returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return f"Command '{self.cmd}' died with signal {-self.returncode}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            args.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            args.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _mode(value, name):
    if value is None:
        return 0
    if value in (PIPE, DEVNULL) or (value == STDOUT and name == "stderr"):
        return value
    raise ValueError(f"{name} must be None, PIPE, DEVNULL{' or STDOUT' if name == 'stderr' else ''} here")


def _argv(args, shell, executable):
    if shell:
        if not isinstance(args, (str, bytes)):
            args = list2cmdline(args)
        argv = [executable or "/bin/sh", "-c", os.fsdecode(args)]
    elif isinstance(args, (str, bytes, os.PathLike)):
        argv = [os.fsdecode(args)]
    else:
        argv = [os.fsdecode(a) for a in args]
        if executable is not None:
            argv[0] = os.fsdecode(executable)
    return argv


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it to finish and returns a CompletedProcess."""
    if len(popenargs) != 1:
        if not popenargs:
            raise TypeError("run() missing 1 required positional argument: 'args'")
        raise TypeError(f"run() takes 1 positional argument but {len(popenargs)} were given")
    args = popenargs[0]
    if "args" in kwargs:
        raise TypeError("run() got multiple values for argument 'args'")
    stdin = kwargs.pop("stdin", None)
    stdout = kwargs.pop("stdout", None)
    stderr = kwargs.pop("stderr", None)
    if capture_output:
        if stdout is not None or stderr is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        stdout = stderr = PIPE
    if input is not None and stdin is not None:
        raise ValueError("stdin and input arguments may not both be used.")
    shell = kwargs.pop("shell", False)
    cwd = kwargs.pop("cwd", None)
    env = kwargs.pop("env", None)
    executable = kwargs.pop("executable", None)
    text = kwargs.pop("text", None)
    universal_newlines = kwargs.pop("universal_newlines", None)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", None)
    for ignored in ("bufsize", "close_fds", "pass_fds", "restore_signals", "start_new_session",
                    "process_group", "preexec_fn", "user", "group", "extra_groups", "umask",
                    "startupinfo", "creationflags", "pipesize"):
        kwargs.pop(ignored, None)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError(f"Popen.__init__() got an unexpected keyword argument '{name}'")
    text_mode = bool(text or universal_newlines or encoding or errors)
    if input is not None and text_mode:
        input = input.encode(encoding or "utf-8", errors or "strict")
    if stdin == DEVNULL:
        input = b""
    if env is not None:
        env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
    result = _ftpy_subprocess.run(_argv(args, shell, executable),
                                  None if cwd is None else os.fsdecode(cwd), env, input,
                                  _mode(stdout, "stdout"), _mode(stderr, "stderr"), timeout)
    if result is None:
        raise TimeoutExpired(args, timeout)
    returncode, out, err = result
    if text_mode:
        def decode(data):
            if data is None:
                return None
            return data.decode(encoding or "utf-8", errors or "strict").replace("\r\n", "\n").replace("\r", "\n")
        out, err = decode(out), decode(err)
    completed = CompletedProcess(args, returncode, out, err)
    if check:
        completed.check_returncode()
    return completed


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Runs a command; CalledProcessError when its exit status is not zero."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args") or popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its standard output; CalledProcessError on failure."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Joins arguments into a command line, quoting as the POSIX shell needs."""
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")
    parts = []
    for arg in seq:
        arg = os.fsdecode(arg)
        if arg and all(c in safe for c in arg):
            parts.append(arg)
        else:
            parts.append("'" + arg.replace("'", "'\"'\"'") + "'")
    return " ".join(parts)
