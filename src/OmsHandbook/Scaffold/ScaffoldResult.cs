namespace OmsHandbook.Scaffold;

/// <summary>What `new` did: the message for the maintainer, and whether anything was written.</summary>
public sealed record ScaffoldResult(bool Written, string Message)
{
    public static ScaffoldResult Done(string message) => new(true, message);

    public static ScaffoldResult Refused(string message) => new(false, message);
}
