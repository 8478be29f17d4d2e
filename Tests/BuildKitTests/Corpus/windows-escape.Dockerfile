# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN New-Item -ItemType Directory C:\Example ; `
    Set-Content -Path C:\Example\readme.txt -Value 'hello'
ADD Execute-MyCmdlet.ps1 C:\Example\
WORKDIR C:\Example
RUN powershell -Command `
    $ErrorActionPreference = 'Stop'; `
    Write-Output 'done'
CMD ["powershell", ".\\Execute-MyCmdlet.ps1"]
