namespace OmsHandbook.Bench.Search;

/// <summary>
/// Twenty queries a reader might type into the bench/ corpus (default seed): glossary terms and their
/// lay names, everyday words and phrases, typos, and British and American spellings.
/// </summary>
public static class BenchQueries
{
    public static IReadOnlyList<string> All { get; } =
    [
        "neuroblastoma",
        "physiotherapy exercises",
        "eye movements",
        "wobbly balance",
        "haemoblastoma",
        "hemoblastoma treatment",
        "apointment",
        "sleep in the evening",
        "opsoclonus",
        "getting dressed",
        "speech and language therapist",
        "spinoblastoma",
        "retinopathy",
        "who can I call",
        "appetite",
        "tiredness after school",
        "physioterapy",
        "dose chart",
        "DHT",
        "tumour",
    ];
}
