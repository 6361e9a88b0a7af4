"""Running the command line in-process, as a user would from a shell: exit status, stdout, stderr."""

import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        status = main.main(list(args))
    except SystemExit as exit_:
        status = exit_.code
    out, err = capsys.readouterr()
    return status, out, err
