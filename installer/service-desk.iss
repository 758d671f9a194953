; Inno Setup script: the Windows installer of Branch Service Desk (网点售后服务台).
;
; Build (after `pyinstaller --noconfirm build.spec`, from the repository folder):
;   iscc installer\service-desk.iss
;   -> build\installer\BranchServiceDesk-<version>-setup.exe
; Options: /DDistDir=<folder of the PyInstaller build> (default dist\service-desk),
;          /DAppVersion=<x.y.z> (default: the version resource of service-desk.exe, i.e. desktop.__version__).
;
; - Per user (no administrator rights, into %LOCALAPPDATA%\Programs) or per machine (Program Files): Setup asks.
; - Start-menu shortcuts (the program, its licence notices, uninstall) and a desktop shortcut.
; - The licence notices (Qt/PySide6 LGPL-3.0, WenQuanYi Micro Hei Apache-2.0, the third-party list) go into the
;   licenses folder beside the executables.
; - Uninstalling removes the program only. The branch's data (database, backups, signing key, logs) lives in
;   %LOCALAPPDATA%\BranchServiceDesk and the settings in %APPDATA%\BranchServiceDesk: Setup never writes there and
;   the uninstaller never deletes there, so a reinstall or an upgrade finds everything as it was.

#ifndef DistDir
  #define DistDir "..\dist\service-desk"
#endif
; A relative DistDir is taken from this script's folder, by the preprocessor as by [Files].
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\service-desk.exe", "ProductVersion")
#endif
#if Str(AppVersion) == ""
  #error "No version: build with PyInstaller first (the version resource of service-desk.exe) or pass /DAppVersion="
#endif

#define AppName "Branch Service Desk"
#define GuiExe "service-desk.exe"
#define CliExe "service-desk-cli.exe"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{6F1B8C2E-5A3D-4E7B-9C41-2D8E7F0A3B65}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Branch Service Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\BranchServiceDesk
DefaultGroupName={#AppName}
; Per user by default (a clerk can install without an administrator); the dialog offers "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\resources\icons\app.ico
OutputDir=..\build\installer
OutputBaseFilename=BranchServiceDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The running program holds its files open: let Setup close it (its data is saved at every confirmed save).
CloseApplications=yes
DisableProgramGroupPage=auto

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.ShortcutName=Branch Service Desk
english.LicensesName=Branch Service Desk licence notices
english.DataKept=Your branch's data (database, backups, signing key, logs) was kept in %1. Delete that folder yourself only if this PC will never serve the branch again.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.ShortcutName=网点售后服务台
chinesesimplified.LicensesName=网点售后服务台 许可声明
chinesesimplified.DataKept=本网点的数据(数据库、备份、签名密钥、日志)已保留在 %1。只有在这台电脑不再为本网点服务时，才需要您自己删除该文件夹。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "licenses"; Flags: ignoreversion recursesubdirs createallsubdirs
; The licence notices, beside the executables.
Source: "{#DistDir}\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:LicensesName}"; Filename: "{app}\licenses"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{cm:ShortcutName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the uninstaller removes exactly the files Setup installed, nothing under
; {localappdata}\BranchServiceDesk or {userappdata}\BranchServiceDesk.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\BranchServiceDesk');
    if DirExists(DataDir) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
