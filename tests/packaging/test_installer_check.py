"""packaging/installer_check.py reads what the installer registered from wine's registry file: a Vietnamese name and
an expandable PATH must come out as Windows shows them (the wine run itself is a manual step, see README.md)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _installer_check():
    spec = importlib.util.spec_from_file_location("installer_check", ROOT / "packaging" / "installer_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# As wine 8 wrote them after installing version 0.0.1 with the PATH task (user.reg, abridged).
USER_REG = r'''WINE REGISTRY Version 2
;; All keys relative to \\User\\S-1-5-21-0-0-0-1000

[Environment] 1796225582
#time=1dd82726b4f7826
"Path"=str(2):"%USERPROFILE%\\bin;C:\\users\\root\\AppData\\Local\\Programs\\LangMoi"
"TEMP"=str(2):"C:\\users\\root\\AppData\\Local\\Temp"

[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{ECD36742-E1B2-43DE-A2B2-FDA7DC0E9813}_is1] 1796225582
#time=1dd82726b4f7826
"DisplayIcon"="C:\\users\\root\\AppData\\Local\\Programs\\LangMoi\\LangMoi.exe"
"DisplayName"="L\xe0ng M\x1edbi"
"DisplayVersion"="0.0.1"
"EstimatedSize"=dword:00000c10
"Inno Setup: Icon Group"="L\xe0ng M\x1edbi \"c\x169\""

[Software\\Wine] 1796225582
"ShowDotFiles"="Y"
'''


def _registry(tmp_path: Path, key: str):
    (tmp_path / "user.reg").write_text(USER_REG, encoding="ascii")
    return _installer_check().read_registry(tmp_path / "user.reg", key)


def test_the_registered_name_is_vietnamese_and_the_key_is_the_script_s_app_id(tmp_path):
    check = _installer_check()
    key = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{check.app_id()}_is1"
    values = _registry(tmp_path, key)
    assert values["DisplayName"] == "Làng Mới"
    assert values["DisplayVersion"] == "0.0.1"
    assert values["DisplayIcon"] == r"C:\users\root\AppData\Local\Programs\LangMoi\LangMoi.exe"
    assert values["Inno Setup: Icon Group"] == 'Làng Mới "cũ"'
    assert "EstimatedSize" not in values  # a number, not a string
    assert "ShowDotFiles" not in values  # the next key's


def test_the_path_is_read_whole_and_a_missing_key_is_none(tmp_path):
    path = _registry(tmp_path, "Environment")["Path"]
    assert path.split(";") == [r"%USERPROFILE%\bin", r"C:\users\root\AppData\Local\Programs\LangMoi"]
    assert _registry(tmp_path, r"Software\Microsoft\Windows\CurrentVersion\Uninstall\{00000000}_is1") is None
