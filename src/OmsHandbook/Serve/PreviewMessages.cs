using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsHandbook.Serve;

/// <summary>"reload": the build number, and the paths whose pages should reload (null: every page).</summary>
public sealed record ReloadMessage(int Build, IReadOnlyList<string>? Paths);

/// <summary>"failure": the build number and what went wrong.</summary>
public sealed record FailureMessage(int Build, BuildFailure Failure);

/// <summary>"hello": where the preview is when a page connects, with the failure it would show.</summary>
public sealed record HelloMessage(int Build, BuildFailure? Failure);

/// <summary>
/// The preview's messages as the page's script reads them (camelCase), serialised by generated code
/// rather than reflection, so the preview also runs ahead-of-time compiled.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReloadMessage))]
[JsonSerializable(typeof(FailureMessage))]
[JsonSerializable(typeof(HelloMessage))]
public sealed partial class PreviewJson : JsonSerializerContext;
