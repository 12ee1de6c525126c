# Build the Windows release on a Windows 10/11 PC: the one-folder bundle, its smoke test, the
# portable zip and the Inno Setup installer. Run from any folder:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Python "py -3.12"]
#       [-SkipInstaller] [-SkipTests]
# Needs Python 3.12+ (python.org, "py" launcher), Inno Setup 6 (jrsoftware.org) unless
# -SkipInstaller, and Indonesian.isl (see installer\README.md). Output: dist\
param(
    [string]$Python = "py -3.12",
    [switch]$SkipInstaller,
    [switch]$SkipTests
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Root = (Get-Location).Path

function Step($text) { Write-Host "[build] $text" -ForegroundColor Cyan }
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $($arguments -join ' ')" }
}

# 1. A virtual environment of its own (.venv-win), Python 3.12 or newer: on 3.11 PySide6
#    6.12.0 leaks references to None/True and aborts after ~20,000 calls (ui/compat.py)
$venv = Join-Path $Root ".venv-win"
$py = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    Step "Creating .venv-win with $Python"
    $launcher, $rest = $Python -split " ", 2
    Run $launcher (@($rest) + @("-m", "venv", $venv) | Where-Object { $_ })
}
Run $py @("-c", "import sys; assert sys.version_info >= (3, 12), 'Python 3.12+ needed: ' + sys.version")
Step "Installing the app and its build tools"
Run $py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Run $py @("-m", "pip", "install", "-q", "-e", ".[dev,bundle]")
$version = (& $py -c "import desktop; print(desktop.__version__)").Trim()
Step "Kinerja Luring $version"

# 2. Compiled translations (set-up does this on Linux)
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    Run (Join-Path $venv "Scripts\pyside6-lrelease.exe") @("-silent", $_.FullName, "-qm", ($_.FullName -replace '\.ts$', '.qm'))
}

# 3. The tests (headless), unless skipped
if (-not $SkipTests) {
    Step "Running the test suite"
    $env:QT_QPA_PLATFORM = "offscreen"
    Run $py @("-m", "pytest", "-q", "-p", "no:cacheprovider")
    Remove-Item Env:QT_QPA_PLATFORM
}

# 4. The one-folder bundle: dist\kinerja\kinerja.exe (console) and KinerjaLuring.exe (GUI)
Step "PyInstaller (onedir)"
$bundle = Join-Path $Root "build\bundle\dist\kinerja"
Run (Join-Path $venv "Scripts\pyinstaller.exe") @("--noconfirm", "--log-level", "WARN",
    "--distpath", "build\bundle\dist", "--workpath", "build\bundle\work", "installer\kinerja.spec")

# 5. Smoke test inside the bundle, data in a temporary folder
Step "Smoke test of the bundle"
$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("kinerja-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp, "$tmp\stick" | Out-Null
$env:KINERJA_DATA_DIR = "$tmp\data"
$exe = Join-Path $bundle "kinerja.exe"
$db = "$tmp\kantor.sqlite"
$said = (& $exe --version).Trim()
if ($said -ne "kinerja, version $version") { throw "kinerja --version said: $said" }
Run $exe @("--db", $db, "demo", "--staff", "60", "--seed", "3")
$nip = (& $py -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT s.nip FROM staff s JOIN skp k ON k.staff_id = s.id ORDER BY s.nip').fetchone()[0])" $db).Trim()
Run $exe @("--db", $db, "report", "dokumen", "--nip", $nip, "--year", "2025", "--period", "TW1", "-o", "$tmp\dokumen.pdf")
Run $exe @("--db", $db, "sync", "export", "-o", "$tmp\stick")
$env:KINERJA_SMOKE = "1"
$env:QT_QPA_PLATFORM = "offscreen"
$out = & $exe --db $db
if ($LASTEXITCODE -ne 0 -or -not ($out -match "KINERJA_WINDOW_READY")) { throw "the GUI did not start" }
Remove-Item Env:KINERJA_SMOKE, Env:QT_QPA_PLATFORM, Env:KINERJA_DATA_DIR
Remove-Item -Recurse -Force $tmp
Run $py @("bench\bundle.py", "--bundle", $bundle, "--runs", "3")

# 6. The portable zip: the same folder plus portable.txt (data then lives in data\ beside it)
Step "Portable zip"
New-Item -ItemType Directory -Force dist | Out-Null
$portable = Join-Path $Root "build\portable\KinerjaLuring"
Remove-Item -Recurse -Force (Split-Path $portable) -ErrorAction SilentlyContinue
Copy-Item -Recurse $bundle $portable
Set-Content -Encoding UTF8 (Join-Path $portable "portable.txt") @(
    "Kinerja Luring portabel: data kantor disimpan di folder data\ di samping program ini.",
    "Portable Kinerja Luring: the office's data is kept in the data\ folder beside this program."
)
$zip = Join-Path $Root "dist\KinerjaLuring-$version-portable.zip"
Remove-Item $zip -ErrorAction SilentlyContinue
Compress-Archive -Path $portable -DestinationPath $zip
Step "Wrote $zip"

# 7. The installer (Inno Setup 6)
if ($SkipInstaller) { exit 0 }
$inno = @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6") | Where-Object { Test-Path "$_\ISCC.exe" } | Select-Object -First 1
if (-not $inno) { throw "Inno Setup 6 not found: install it from https://jrsoftware.org/isdl.php" }
$isl = @("$Root\installer\Indonesian.isl", "$inno\Languages\Indonesian.isl",
         "$inno\Languages\Unofficial\Indonesian.isl") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $isl) {
    throw "Indonesian.isl not found: download it from https://jrsoftware.org/files/istrans/ into installer\Indonesian.isl"
}
Step "Inno Setup ($inno)"
Run "$inno\ISCC.exe" @("/Q", "/DAppVersion=$version", "/DBundleDir=$bundle", "/DIndonesianIsl=$isl",
    "/DOutputDir=$Root\dist", "installer\kinerja.iss")
Step "Wrote dist\KinerjaLuring-$version-setup.exe"
