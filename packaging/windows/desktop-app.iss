; Inno Setup script of 党员学习站 (Study Station), issue 14. It cannot be built on the project's
; Linux machines: build it on Windows after the PyInstaller bundle, from the repository's root:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\desktop-app.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\desktop-app.iss
; The installer is written to dist\; the bundle is read from dist\desktop-app (BundleDir).

#define AppName "党员学习站"
#define AppVersion "0.1.0"
#ifndef BundleDir
  #define BundleDir "..\..\dist\desktop-app"
#endif

[Setup]
AppId={{6C1E2B7A-5D43-4F0B-9B5E-3C2A7E1D8F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=党员学习站
DefaultDirName={autopf}\desktop-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=desktop-app-{#AppVersion}-setup
SetupIconFile=desktop-app.ico
UninstallDisplayIcon={app}\desktop-app-gui.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面上放一个“党员学习站”图标"
Name: "kiosk"; Description: "开机登录后自动打开党员学习站（学习站专用电脑）"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "start-study-station.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "install-startup-task.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "desktop-app.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\党员学习站"; Filename: "{app}\desktop-app-gui.exe"; IconFilename: "{app}\desktop-app.ico"; Comment: "大字学习、听读课文"
Name: "{autoprograms}\党员学习站自检"; Filename: "{cmd}"; Parameters: "/k ""{app}\desktop-app.exe"" --self-test"; IconFilename: "{app}\desktop-app.ico"; Comment: "检查这台电脑能不能用党员学习站"
Name: "{autodesktop}\党员学习站"; Filename: "{app}\desktop-app-gui.exe"; IconFilename: "{app}\desktop-app.ico"; Tasks: desktopicon

[Run]
; The kiosk option: a scheduled task at this user's logon that keeps the program open (restart loop).
Filename: "powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -File ""{app}\kiosk\install-startup-task.ps1"" -Command ""{app}\desktop-app-gui.exe"""; Flags: runhidden; Tasks: kiosk
Filename: "{app}\desktop-app-gui.exe"; Description: "现在打开党员学习站"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -File ""{app}\kiosk\install-startup-task.ps1"" -Uninstall"; Flags: runhidden; RunOnceId: "RemoveKioskTask"

[Code]
// The members' records (%LOCALAPPDATA%\desktop-app) are kept, unless the box is ticked.
var
  RemoveRecords: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveRecords := False;
  if not UninstallSilent() then
    RemoveRecords := MsgBox('要不要把学习记录也删掉？' + #13#10 + #13#10 +
      '选“否”（推荐）：学习记录留在这台电脑上，以后重新安装还能接着用。' + #13#10 +
      '选“是”：所有党员的学习记录都会删掉，不能恢复。',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveRecords then
    DelTree(ExpandConstant('{localappdata}\desktop-app'), True, True, True);
end;
