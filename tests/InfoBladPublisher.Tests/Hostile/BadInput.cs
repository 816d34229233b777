using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// One probe of the bad-input corpus: a change to a valid content set (and its own copy of the templates),
/// and what must come of it: an error with this code in this file (at this line and column, where given).
/// </summary>
/// <param name="File">Relative to the tree's root: content/… or templates/….</param>
/// <param name="Line">0 when the test does not pin the line.</param>
internal sealed record BadInput(string Name, Action<BadInput.Tree> Break, string Code, string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Name;

    /// <summary>Fails unless <paramref name="diagnostics"/> hold this probe's code in its file, at its line and column where given.</summary>
    public void AssertFoundIn(IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        var found = diagnostics.Where(d => d.Code == Code && d.Position.File.EndsWith(File, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, $"expected {Code} in {File}; got:\n{string.Join("\n", diagnostics)}");
        // Every message the corpus draws out is worded in Dutch too (issue 33): hundreds of messages, not a chosen few.
        DutchWording.AssertAll(diagnostics);
        if (Line > 0)
        {
            Assert.True(found.Exists(d => d.Position.Line == Line && (Column == 0 || d.Position.Column == Column)),
                $"expected {Code} at {Line}:{Column}; got:\n{string.Join("\n", found)}");
        }
    }

    /// <summary>The files a probe may change; paths are relative to the root that holds content/ and templates/.</summary>
    public sealed class Tree(ContentTree content, string templates)
    {
        public ContentTree Content { get; } = content;

        public string Templates { get; } = templates;

        public string PathOf(string relative) => Path.Combine(Content.Root, relative);

        public Tree Write(string relative, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
            System.IO.File.WriteAllText(PathOf(relative), text);
            return this;
        }

        public Tree WriteBytes(string relative, byte[] bytes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
            System.IO.File.WriteAllBytes(PathOf(relative), bytes);
            return this;
        }

        public Tree Append(string relative, string text)
        {
            System.IO.File.AppendAllText(PathOf(relative), text);
            return this;
        }

        public Tree Replace(string relative, string oldText, string newText)
        {
            var text = System.IO.File.ReadAllText(PathOf(relative));
            if (!text.Contains(oldText, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the probe expects '{oldText}' in {relative}");
            }

            System.IO.File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
            return this;
        }

        public Tree Link(string relative, string target)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
            System.IO.File.Delete(PathOf(relative));
            System.IO.File.CreateSymbolicLink(PathOf(relative), target);
            return this;
        }

        public Tree LinkFolder(string relative, string target)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
            Directory.CreateSymbolicLink(PathOf(relative), target);
            return this;
        }

        /// <summary>Adds a line to the organisation file (proef.yml).</summary>
        public Tree Organisation(string line) => Append("content/organisaties/proef.yml", "\n" + line + "\n");
    }
}
