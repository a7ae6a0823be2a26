namespace Pages.Model;

/// <summary>One person named in a byline or photo credit, with the role printed before or after the name.</summary>
/// <param name="Name">The name without the padding spaces some pages print inside it (张 攀 → 张攀).</param>
/// <param name="Role">记者, 通讯员, 摄 (a photo credit), 文 or 图; empty where the byline names no role.</param>
public sealed record Credit(string Name, string Role);
