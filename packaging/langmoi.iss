; Inno Setup 6 script of Làng Mới's Windows installer (README.md, "Building the Windows release").
;
;   uv run python packaging/build.py --installer      (ISCC /DAppVersion=… /DBundle=dist\LangMoi /Odist langmoi.iss)
;
; For one Windows user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\LangMoi
; (where {autopf} points in non-administrative install mode), its Start-menu entry to the user's Start menu, its uninstaller
; into Settings → Apps. The data stay where the program keeps them, %LOCALAPPDATA%\LangMoi (the database, its
; backups, the log) and the user's configuration folder: the uninstaller removes only the files this installer
; put in {app}, so uninstalling — or installing a newer version, which runs in the same folder under the same
; AppId — never touches the data. The command line (langmoi.com, found as `langmoi`) is added to the user's PATH
; only when the box is ticked, and taken off it again by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\dist\LangMoi"
#endif

[Setup]
; The AppId never changes: it is how a newer installer finds the installed version and upgrades it in place.
AppId={{ECD36742-E1B2-43DE-A2B2-FDA7DC0E9813}
AppName=Làng Mới
AppVersion={#AppVersion}
AppVerName=Làng Mới {#AppVersion}
AppPublisher=Làng Mới
VersionInfoVersion={#AppVersion}
; %LOCALAPPDATA%\Programs is where {autopf} points in a per-user install (FOLDERID_UserProgramFiles), named here
; through {localappdata}: wine 8 cannot resolve that known folder (SHGetKnownFolderPath gives E_INVALIDARG, "Failed
; to expand shell folder constant autopf"), and packaging/installer_check.py runs this very installer under wine.
DefaultDirName={localappdata}\Programs\LangMoi
DefaultGroupName=Làng Mới
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
CloseApplications=yes
OutputBaseFilename=LangMoi-{#AppVersion}-setup
SetupIconFile=..\resources\icons\langmoi.ico
UninstallDisplayIcon={app}\LangMoi.exe
UninstallDisplayName=Làng Mới
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; The wizard speaks the program's language. Inno Setup ships no Vietnamese of its own: Vietnamese.isl beside this
; script is its unofficial translation (jrsoftware/issrc), fitted to Inno Setup 6.3's messages (see its head).
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "Biểu tượng Làng Mới trên màn hình nền"; Flags: unchecked
Name: "addtopath"; Description: "Thêm lệnh langmoi vào PATH (dùng trong cửa sổ dòng lệnh)"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole library folder: no file of the older version is left to be loaded by the newer.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Làng Mới"; Filename: "{app}\LangMoi.exe"
Name: "{autodesktop}\Làng Mới"; Filename: "{app}\LangMoi.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\LangMoi.exe"; Description: "Mở Làng Mới"; Flags: nowait postinstall skipifsilent

[Code]
function PathWithout(Path, Folder: string): string;
{ The user's Path without the entry Folder (compared without case, with ';' around each entry). }
var
  Rest: string;
  Found: Integer;
begin
  Rest := ';' + Path + ';';
  Found := Pos(';' + Lowercase(Folder) + ';', Lowercase(Rest));
  while Found > 0 do
  begin
    Delete(Rest, Found, Length(Folder) + 1);
    Found := Pos(';' + Lowercase(Folder) + ';', Lowercase(Rest));
  end;
  Result := Copy(Rest, 2, Length(Rest) - 2);
end;

function NotOnPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Result := True
  else
    Result := PathWithout(Path, Folder) = Path;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Kept: string;
begin
  if (CurUninstallStep = usPostUninstall) and
     RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
  begin
    Kept := PathWithout(Path, ExpandConstant('{app}'));
    if Kept <> Path then
      RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Kept);
  end;
end;
