namespace OmsHandbook.Core;

/// <summary>How serious a diagnostic is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
