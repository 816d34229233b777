using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Where Typst says its notes landed (its own introspection, the <c>&lt;noot-plaats&gt;</c> report) plans the
/// repairs of a layout before any PDF is written (issue 32). The gate keeps reading the last layout's PDF as the
/// independent check, and the two must agree: held here on generated documents nobody tuned the layout to.
/// </summary>
public sealed class EngineNoteFactsTests
{
    [Fact]
    public void Notes_the_engine_reports_off_their_page_Should_be_planned_as_the_pdf_facts_would_be()
    {
        var places = new[] { new NotePlace(1, 1, 1), new NotePlace(2, 2, 1), new NotePlace(3, 3, 4) };

        var first = LayoutRepairs.Plan(places, LayoutRepairs.None);
        var second = LayoutRepairs.Plan(places, first);

        Assert.Equal(new Dictionary<int, int> { [2] = 0, [3] = 0 }, first.Notes);
        Assert.Equal(new Dictionary<int, int> { [2] = LayoutRepairs.WordsPerTry, [3] = LayoutRepairs.WordsPerTry }, second.Notes);
        Assert.True(LayoutRepairs.Plan(places.Take(1), LayoutRepairs.None).IsEmpty);
    }

    [Fact]
    public async Task The_engines_note_places_Should_match_what_the_gate_reads_from_the_pdf_on_generated_documents()
    {
        var compared = 0;
        var offTheirPage = 0;
        await TrapCorpusLayouts.ForEachAsync(4242, 3, (result, facts, _) =>
        {
            var places = Assert.IsAssignableFrom<IReadOnlyList<NotePlace>>(result.NotePlaces);
            var starts = facts.NoteStarts();
            var read = facts.Pages.SelectMany(p => p.Calls.Select(c => (Call: c, Page: p.Number)))
                .Select(x => new NotePlace(int.Parse(x.Call.Label, System.Globalization.CultureInfo.InvariantCulture), x.Page, starts.TryGetValue(x.Call.Owner, out var s) ? s.Page.Number : 0))
                .OrderBy(p => p.Number).ToList();

            Assert.Equal(read, places.OrderBy(p => p.Number).ToList());
            compared += places.Count;
            offTheirPage += places.Count(p => !p.OnItsPage);
        });

        Assert.True(compared >= 100, $"only {compared} notes compared");
        Assert.True(offTheirPage > 0, "no note off its page: the comparison never saw the case it is for");
    }
}
