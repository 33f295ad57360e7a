; Inno Setup script: wraps the PyInstaller onedir folder (dist\duban) in one setup.exe.
; Build on Windows after `uv run pyinstaller --noconfirm installer.spec` (BUILDING.md):
;   iscc /DAppVersion=0.1.0 installer.iss
; AppVersion defaults to the version below; keep it equal to pyproject.toml's [project].version, the app's
; one version (services/version.py reads it; a test checks this one).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties upgrades to earlier installs: never change it.
AppId={{6E1B5A43-2F7C-4C3E-9A8D-0B5D7C2E9F14}
AppName=督办台账
AppVersion={#AppVersion}
AppPublisher=督办台账
DefaultDirName={autopf}\DubanTaizhang
DefaultGroupName=督办台账
; Per-user install by default: office PCs often deny administrator rights to clerks.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 needs Windows 10 version 1809 (build 17763) or later, Python 3.11 at least 8.1: on an older
; Windows the install would succeed and the app fail to start. Setup says so instead.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=duban-setup-{#AppVersion}
SetupIconFile=resources\icons\duban.ico
UninstallDisplayIcon={app}\duban.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Signing (BUILDING.md): iscc /DSign "/Ssigntool=signtool sign /fd sha256 ... $f" installer.iss
; signs setup.exe and the uninstaller it writes.
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
; Recent Inno Setup releases ship ChineseSimplified.isl; with an older one, put the file from
; https://jrsoftware.org/files/istrans/ into the compiler's Languages folder first.
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\duban\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\督办台账"; Filename: "{app}\duban.exe"
Name: "{group}\{cm:UninstallProgram,督办台账}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\督办台账"; Filename: "{app}\duban.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\duban.exe"; Description: "{cm:LaunchProgram,督办台账}"; Flags: nowait postinstall skipifsilent

; The ledger lives in %LOCALAPPDATA%\DubanTaizhang (moved there from %APPDATA% by the app itself) and is
; not touched by the uninstaller:
; removing the program never removes the office's data.
