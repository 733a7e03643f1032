using BenchmarkDotNet.Running;
using OmsHandbook.Benchmarks;

// `stages --input DIR`: one build, timed stage by stage; anything else goes to BenchmarkDotNet.
return args is ["stages", ..]
    ? await StageProfile.RunAsync(args[1..], Console.Out)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(SampleSite).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
