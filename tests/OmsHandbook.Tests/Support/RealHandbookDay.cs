namespace OmsHandbook.Tests.Support;

/// <summary>
/// The day the real handbook is judged against: today, as `dotnet run` judges it. Its dates are
/// real (a page written today says so), so a fixed day would fail a page reviewed after it, and
/// a page that falls overdue should fail here as it fails the release build.
/// </summary>
public static class RealHandbookDay
{
    /// <summary>Today in UTC, the clock the command line reads.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
