using InfoBladPublisher.Tests.Rendering;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Every note of a published corpus on its call's page, read from the PDF apart from the gate: by the sizes of the numbers.</summary>
internal static class CorpusNotes
{
    private const double LetterBodyRight = 410; // pt: the colofon column starts at 153 mm

    public static void EachAtTheFootOfItsCallsPage(CorpusRun run)
    {
        Assert.True(run.Result.Succeeded);
        foreach (var document in run.Corpus.Documents)
        {
            using var pdf = PdfDocument.Open(run.PdfPath(document.Id));
            var markersInOrder = new List<int>();
            foreach (var page in pdf.GetPages())
            {
                // Calls are set at 70% of 9 pt in the text; markers at 70% of 7 pt at the page foot.
                var calls = PdfText.SmallNumbers(page, size => size is > 5.5 and < 6.45, LetterBodyRight);
                var markers = PdfText.SmallNumbers(page, size => size <= 5.5, LetterBodyRight);
                Assert.True(calls.SequenceEqual(markers), $"{document.Id} page {page.Number}: calls [{string.Join(",", calls)}] but notes [{string.Join(",", markers)}]");
                markersInOrder.AddRange(markers);
            }

            Assert.Equal(Enumerable.Range(1, document.Notes), markersInOrder);
        }
    }
}
