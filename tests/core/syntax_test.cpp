// The token layer and the trees the relation rules read, on sentences written for these tests.
#include "diplograph/syntax.h"

#include <gtest/gtest.h>

#include <set>

namespace diplograph::core {
namespace {

const SyntaxModel& model()
{
    static const auto loaded = defaultSyntaxModel();
    if (!loaded) {
        ADD_FAILURE() << loaded.error().message;
        std::abort();
    }
    return **loaded;
}

ParsedSentence parseText(const std::string& text)
{
    auto document = loadDocument(text, InputFormat::PlainText);
    EXPECT_TRUE(document.ok());
    const auto sentences = splitSentences(*document);
    EXPECT_FALSE(sentences.empty());
    return parseSentence(model(), *document, sentences.front());
}

int find(const ParsedSentence& sentence, std::string_view form)
{
    for (int i = 0; i < sentence.size(); ++i) {
        if (sentence.tokens[std::size_t(i)].form == form) {
            return i;
        }
    }
    ADD_FAILURE() << "no token " << form;
    return -1;
}

// Every token has a head inside the sentence, exactly one is the root, and following heads never loops.
void expectTree(const ParsedSentence& sentence)
{
    int roots = 0;
    for (int i = 0; i < sentence.size(); ++i) {
        const int head = sentence.tokens[std::size_t(i)].head;
        ASSERT_GE(head, -1);
        ASSERT_LT(head, sentence.size());
        roots += head == -1 ? 1 : 0;
        int t = i;
        for (int steps = 0; t >= 0; ++steps) {
            ASSERT_LE(steps, sentence.size()) << "a cycle through token " << i;
            t = sentence.tokens[std::size_t(t)].head;
        }
    }
    if (sentence.size() > 0) {
        EXPECT_EQ(roots, 1);
    }
}

TEST(SyntaxTokensTest, SplitsContractionsAndPossessivesTheTreebankWay)
{
    auto document = loadDocument("They don't accept China's bid, and we can't.", InputFormat::PlainText);
    ASSERT_TRUE(document.ok());
    const auto tokens = syntaxTokens(*document, splitSentences(*document).front());
    std::vector<std::string> forms;
    for (const auto& token : tokens) {
        forms.push_back(token.form);
    }
    EXPECT_EQ(forms, (std::vector<std::string>{"They", "do", "n't", "accept", "China", "'s", "bid", ",", "and", "we",
                                               "ca", "n't", "."}));
    EXPECT_FALSE(tokens[1].spaceAfter);
    EXPECT_TRUE(tokens[2].spaceAfter);
}

TEST(SyntaxTokensTest, OffsetsPointIntoTheOriginalBytes)
{
    const std::string input = "<p>Iran\xE2\x80\x99s envoy didn\xE2\x80\x99t &amp; won\xE2\x80\x99t leave.</p>";
    auto document = loadDocument(input, InputFormat::Html);
    ASSERT_TRUE(document.ok());
    const auto tokens = syntaxTokens(*document, splitSentences(*document).front());
    ASSERT_GE(tokens.size(), 9u);
    EXPECT_EQ(input.substr(tokens[0].range.start, tokens[0].range.size()), "Iran");
    EXPECT_EQ(input.substr(tokens[1].range.start, tokens[1].range.size()), "\xE2\x80\x99s");
    EXPECT_EQ(tokens[1].form, "'s");
    EXPECT_EQ(input.substr(tokens[4].range.start, tokens[4].range.size()), "n\xE2\x80\x99t");
    EXPECT_EQ(input.substr(tokens[5].range.start, tokens[5].range.size()), "&amp;");
}

TEST(SyntaxTest, TagsAndLemmatises)
{
    const auto sentence = parseText("The ministers condemned the attacks and were meeting again.");
    const int condemned = find(sentence, "condemned");
    EXPECT_EQ(sentence.tokens[std::size_t(condemned)].upos, Upos::Verb);
    EXPECT_EQ(sentence.tokens[std::size_t(condemned)].lemma, "condemn");
    EXPECT_EQ(sentence.tokens[std::size_t(find(sentence, "ministers"))].lemma, "minister");
    EXPECT_EQ(sentence.tokens[std::size_t(find(sentence, "were"))].lemma, "be");
    EXPECT_EQ(sentence.tokens[std::size_t(find(sentence, "meeting"))].lemma, "meet");
}

TEST(SyntaxTest, ActiveClauseHasSubjectAndObject)
{
    const auto sentence = parseText("Norway criticised the new fishing quotas on Monday.");
    expectTree(sentence);
    const int verb = find(sentence, "criticised");
    EXPECT_EQ(sentence.root(), verb);
    EXPECT_EQ(sentence.subjectOf(verb), find(sentence, "Norway"));
    EXPECT_EQ(sentence.child(verb, "obj"), find(sentence, "quotas"));
    EXPECT_FALSE(sentence.isPassive(verb));
}

TEST(SyntaxTest, PassiveClauseHasItsAgent)
{
    const auto sentence = parseText("The plan was rejected by the council.");
    expectTree(sentence);
    const int verb = find(sentence, "rejected");
    EXPECT_TRUE(sentence.isPassive(verb));
    EXPECT_EQ(sentence.child(verb, "nsubj:pass"), find(sentence, "plan"));
    const int agent = sentence.child(verb, "obl");
    EXPECT_EQ(agent, find(sentence, "council"));
    EXPECT_EQ(sentence.caseOf(agent), "by");
}

TEST(SyntaxTest, ConjoinedSubjectsShareTheVerb)
{
    const auto sentence = parseText("Chile and Peru signed a trade agreement.");
    const int verb = find(sentence, "signed");
    const int chile = find(sentence, "Chile");
    EXPECT_EQ(sentence.subjectOf(verb), chile);
    EXPECT_EQ(sentence.tokens[std::size_t(find(sentence, "Peru"))].head, chile);
    EXPECT_TRUE(sentence.is(find(sentence, "Peru"), "conj"));
}

TEST(SyntaxTest, ConjoinedVerbsShareTheSubject)
{
    const auto sentence = parseText("The minister arrived in Oslo and praised the agreement.");
    const int praised = find(sentence, "praised");
    EXPECT_TRUE(sentence.is(praised, "conj"));
    EXPECT_EQ(sentence.subjectOf(praised), find(sentence, "minister"));
}

TEST(SyntaxTest, FrontedParticipleClauseTakesTheMainSubject)
{
    const auto sentence = parseText("Speaking in Geneva, the minister criticised the plan.");
    const int speaking = find(sentence, "Speaking");
    EXPECT_TRUE(sentence.is(speaking, "advcl"));
    EXPECT_EQ(sentence.subjectOf(speaking), find(sentence, "minister"));
}

TEST(SyntaxTest, RelativeClauseWithObjectGap)
{
    const auto sentence = parseText("They rejected the plan, which Brazil proposed.");
    const int proposed = find(sentence, "proposed");
    EXPECT_TRUE(sentence.is(proposed, "acl:relcl"));
    EXPECT_EQ(sentence.tokens[std::size_t(proposed)].head, find(sentence, "plan"));
    EXPECT_EQ(sentence.child(proposed, "obj"), find(sentence, "which"));
    EXPECT_EQ(sentence.subjectOf(proposed), find(sentence, "Brazil"));
    const auto that = parseText("Spain welcomed the deal that Morocco signed.");
    EXPECT_EQ(that.tokens[std::size_t(find(that, "signed"))].head, find(that, "deal"));
    EXPECT_EQ(that.subjectOf(find(that, "signed")), find(that, "Morocco"));
}

TEST(SyntaxTest, PossessiveAndCompoundModifiersOfAnAgent)
{
    const auto sentence = parseText("Canada's foreign minister met the EU envoy.");
    const int minister = find(sentence, "minister");
    EXPECT_EQ(sentence.child(minister, "nmod:poss"), find(sentence, "Canada"));
    EXPECT_EQ(sentence.child(minister, "amod"), find(sentence, "foreign"));
    EXPECT_EQ(sentence.child(find(sentence, "envoy"), "compound"), find(sentence, "EU"));
}

TEST(SyntaxTest, ReportedSpeechIsAComplementOfTheSpeechVerb)
{
    const auto sentence = parseText("The ministry said that the agreement had been violated.");
    const int said = find(sentence, "said");
    const int violated = find(sentence, "violated");
    EXPECT_EQ(sentence.tokens[std::size_t(violated)].head, said);
    EXPECT_TRUE(sentence.is(violated, "ccomp"));
    EXPECT_EQ(sentence.caseOf(violated), "that");
    EXPECT_EQ(sentence.clauseOf(find(sentence, "agreement")), violated);
}

TEST(SyntaxTest, NegationIsOnThePredicate)
{
    const auto negated = parseText("Japan did not sign the treaty.");
    EXPECT_TRUE(negated.isNegated(find(negated, "sign")));
    const auto never = parseText("Mexico has never recognised the government.");
    EXPECT_TRUE(never.isNegated(find(never, "recognised")));
    const auto plain = parseText("Japan signed the treaty.");
    EXPECT_FALSE(plain.isNegated(find(plain, "signed")));
}

TEST(SyntaxTest, SubtreeCoversAPhrase)
{
    const auto sentence = parseText("Kenya welcomed the talks between the two neighbours.");
    const auto phrase = sentence.subtree(find(sentence, "talks"));
    std::set<int> tokens(phrase.begin(), phrase.end());
    EXPECT_TRUE(tokens.count(find(sentence, "neighbours")));
    EXPECT_FALSE(tokens.count(find(sentence, "Kenya")));
}

TEST(SyntaxTest, AnyTokenSequenceGivesATree)
{
    std::vector<std::string> inputs = {"...", ",,,,;;;;!!!!", "a", "\xEF\xBF\xBD \xEF\xBF\xBD", "( [ { } ] )"};
    std::string longSentence;
    for (int i = 0; i < 5000; ++i) {
        longSentence += i % 7 == 0 ? "and " : i % 5 == 0 ? ", " : "Iran ";
    }
    inputs.push_back(longSentence);
    for (const auto& input : inputs) {
        auto document = loadDocument(input, InputFormat::PlainText);
        if (!document) {
            continue;
        }
        for (const auto& sentence : splitSentences(*document)) {
            expectTree(parseSentence(model(), *document, sentence));
        }
    }
    std::vector<SyntaxToken> none;
    tagTokens(model(), none);
    parseTokens(model(), none);
    EXPECT_TRUE(none.empty());
}

TEST(SyntaxTest, ConlluCarriesOriginalOffsets)
{
    auto document = loadDocument("Peru thanked Chile.", InputFormat::PlainText);
    ASSERT_TRUE(document.ok());
    std::vector<ParsedSentence> parsed;
    for (const auto& sentence : splitSentences(*document)) {
        parsed.push_back(parseSentence(model(), *document, sentence));
    }
    const std::string conllu = toConllu(*document, parsed);
    EXPECT_NE(conllu.find("# text = Peru thanked Chile."), std::string::npos);
    EXPECT_NE(conllu.find("\tTokenRange=5:12\n"), std::string::npos) << conllu;
    EXPECT_NE(conllu.find("\tTokenRange=13:18|SpaceAfter=No\n"), std::string::npos) << conllu;
}

} // namespace
} // namespace diplograph::core
