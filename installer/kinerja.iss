; Inno Setup 6 script: a per-user installer for offline office PCs (no admin rights).
; Built by installer\build-windows.ps1, which passes the version, the bundle folder and the
; Indonesian messages file:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=..\build\bundle\dist\kinerja
;        /DIndonesianIsl=C:\...\Indonesian.isl installer\kinerja.iss
; Program files go to %LOCALAPPDATA%\Programs\Kinerja Luring; the office's data stays in
; %LOCALAPPDATA%\KinerjaLuring (or the folder the office chose), which an upgrade never touches
; and an uninstall removes only when the person says yes.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\build\bundle\dist\kinerja"
#endif
#ifndef IndonesianIsl
  #define IndonesianIsl "Indonesian.isl"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
; the AppId ties upgrades together: never change it
AppId={{1C7F8615-588C-4F5D-9382-394ECD5D329A}
AppName=Kinerja Luring
AppVersion={#AppVersion}
AppVerName=Kinerja Luring {#AppVersion}
AppPublisher=Kinerja Luring
VersionInfoVersion={#AppVersion}
; per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs in this mode
PrivilegesRequired=lowest
DefaultDirName={autopf}\Kinerja Luring
DefaultGroupName=Kinerja Luring
DisableProgramGroupPage=yes
; Windows 10 1809: the oldest Windows Qt 6 runs on (older ones get WindowsVersionNotSupported)
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
UninstallDisplayIcon={app}\KinerjaLuring.exe
UninstallDisplayName=Kinerja Luring
OutputDir={#OutputDir}
OutputBaseFilename=KinerjaLuring-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifexist "kinerja.ico"
SetupIconFile=kinerja.ico
#endif

[Languages]
; the first language is the default when Windows speaks neither
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
id.WindowsVersionNotSupported=Kinerja Luring memerlukan Windows 10 versi 1809 atau yang lebih baru. Komputer ini memakai Windows yang lebih lama, sehingga aplikasi tidak dapat dipasang di sini. Perbarui Windows atau pasang di komputer lain.
en.WindowsVersionNotSupported=Kinerja Luring needs Windows 10 version 1809 or newer. This computer runs an older Windows, so the app cannot be installed here. Update Windows or install it on another computer.

[CustomMessages]
id.PackageType=Paket Kinerja Luring
en.PackageType=Kinerja Luring package
id.DesktopIcon=Buat ikon di Desktop
en.DesktopIcon=Create a desktop icon
id.AskRemoveData=Hapus juga data kantor di komputer ini?%n%n%1%n%nBasis data, cadangan otomatis dan pengaturan akan hilang. Pilih Tidak untuk menyimpannya (misalnya untuk dipasang ulang nanti).
en.AskRemoveData=Also remove the office's data on this computer?%n%n%1%n%nThe databases, automatic backups and settings will be lost. Choose No to keep them (e.g. to reinstall later).
id.ChosenFolderKept=Folder data yang dipilih kantor tidak dihapus:%n%1
en.ChosenFolderKept=The data folder the office chose was not removed:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the program's own files only (old libraries must not linger); the data
; folder is elsewhere and is never listed here
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kinerja Luring"; Filename: "{app}\KinerjaLuring.exe"
Name: "{autodesktop}\Kinerja Luring"; Filename: "{app}\KinerjaLuring.exe"; Tasks: desktopicon

[Registry]
; .kinerja packages open the central import (HKA = the user's own classes in this mode)
Root: HKA; Subkey: "Software\Classes\.kinerja"; ValueType: string; ValueName: ""; ValueData: "KinerjaLuring.Paket"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kinerja\OpenWithProgids"; ValueType: string; ValueName: "KinerjaLuring.Paket"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KinerjaLuring.Paket"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KinerjaLuring.Paket\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\KinerjaLuring.exe,0"
Root: HKA; Subkey: "Software\Classes\KinerjaLuring.Paket\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\KinerjaLuring.exe"" gui --import ""%1"""

[Run]
Filename: "{app}\KinerjaLuring.exe"; Description: "{cm:LaunchProgram,Kinerja Luring}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder as desktop.paths computes it: platformdirs' user data folder on Windows. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\KinerjaLuring');
end;

{ The folder the office chose (desktop.paths.remember_data_dir), or '' when none. }
function ChosenDataDir(): String;
var
  Text: AnsiString;
begin
  Result := '';
  if LoadStringFromFile(DataDir() + '\folder-data.txt', Text) then
    Result := Trim(String(Text));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Chosen: String;
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent() then
    exit;
  Chosen := ChosenDataDir();
  if DirExists(DataDir()) and
     (MsgBox(FmtMessage(CustomMessage('AskRemoveData'), [DataDir()]),
             mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
  begin
    DelTree(DataDir(), True, True, True);
    DelTree(ExpandConstant('{userappdata}\KinerjaLuring'), True, True, True);  { settings (.ini) }
    if (Chosen <> '') and DirExists(Chosen) then
      MsgBox(FmtMessage(CustomMessage('ChosenFolderKept'), [Chosen]), mbInformation, MB_OK);
  end;
end;
