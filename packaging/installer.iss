; Inno Setup 6 script: a per-user installer of GridCommand 网格指挥室 from the one-folder build.
;   python packaging\build.py --check          (makes dist\GridCommand\ and starts it once)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\installer.iss
; Installs into %LOCALAPPDATA%\Programs\GridCommand without administrator rights, with a
; Start-menu entry. The data (databases, backups) is not in the program folder but in
; %LOCALAPPDATA%\GridCommand, the window layout in %APPDATA%\GridCommand: an upgrade or an
; uninstall never touches them, and the first start of a new version copies each database it
; migrates into backups\ beside it first. Saved as UTF-8 with a BOM: Inno Setup reads the
; Chinese names right only so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1D2A4B-8C3E-4B7A-9E21-5D0C7A3B9F64}
AppName=网格指挥室 GridCommand
AppVersion={#AppVersion}
AppVerName=网格指挥室 GridCommand {#AppVersion}
AppPublisher=GridCommand
VersionInfoProductName=网格指挥室 GridCommand
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\GridCommand
DefaultGroupName=网格指挥室
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist
OutputBaseFilename=GridCommand-{#AppVersion}-setup
SetupIconFile=..\resources\icons\gridcommand.ico
UninstallDisplayIcon={app}\GridCommand.exe
UninstallDisplayName=网格指挥室 GridCommand
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; The program must not be running while its files are replaced.
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.3 and later (Languages\); English for the rest.
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's content: no module of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\GridCommand\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\网格指挥室"; Filename: "{app}\GridCommand.exe"
Name: "{group}\网格指挥室(演示乡镇)"; Filename: "{app}\GridCommand.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,网格指挥室}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\网格指挥室"; Filename: "{app}\GridCommand.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\GridCommand.exe"; Description: "{cm:LaunchProgram,网格指挥室}"; Flags: nowait postinstall skipifsilent
