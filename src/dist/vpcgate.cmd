@echo off
rem Launcher for the vpcgate CLI on Windows: vpcgate.jar beside this file, with Java 17 or later from
rem VPCGATE_JAVA, JAVA_HOME or PATH. Exit codes are vpcgate's.
setlocal
set "VPCGATE_HOME=%~dp0"
set "VPCGATE_RUN=%VPCGATE_JAVA%"
if not defined VPCGATE_RUN if defined JAVA_HOME set "VPCGATE_RUN=%JAVA_HOME%\bin\java.exe"
if not defined VPCGATE_RUN set "VPCGATE_RUN=java"
"%VPCGATE_RUN%" -Xlog:disable -Xlog:all=warning:stderr -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%VPCGATE_HOME%vpcgate.jar" %*
exit /b %ERRORLEVEL%
