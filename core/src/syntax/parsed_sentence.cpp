#include "diplograph/syntax.h"

#include <array>

namespace diplograph::core {
namespace {

bool hasRelation(std::string_view deprel, std::string_view relation)
{
    return deprel.size() >= relation.size() && deprel.substr(0, relation.size()) == relation &&
           (deprel.size() == relation.size() || deprel[relation.size()] == ':');
}

bool isRelativePronoun(std::string_view lemma)
{
    return lemma == "which" || lemma == "who" || lemma == "that" || lemma == "whom";
}

} // namespace

int ParsedSentence::root() const
{
    for (int i = 0; i < size(); ++i) {
        if (tokens[static_cast<std::size_t>(i)].head < 0) {
            return i;
        }
    }
    return -1;
}

std::vector<int> ParsedSentence::children(int head) const
{
    std::vector<int> out;
    for (int i = 0; i < size(); ++i) {
        if (tokens[static_cast<std::size_t>(i)].head == head && head >= 0) {
            out.push_back(i);
        }
    }
    return out;
}

std::vector<int> ParsedSentence::children(int head, std::string_view relation) const
{
    std::vector<int> out;
    for (const int i : children(head)) {
        if (is(i, relation)) {
            out.push_back(i);
        }
    }
    return out;
}

int ParsedSentence::child(int head, std::string_view relation) const
{
    for (int i = 0; i < size() && head >= 0; ++i) {
        if (tokens[static_cast<std::size_t>(i)].head == head && is(i, relation)) {
            return i;
        }
    }
    return -1;
}

bool ParsedSentence::is(int token, std::string_view relation) const
{
    return token >= 0 && token < size() && hasRelation(tokens[static_cast<std::size_t>(token)].deprel, relation);
}

std::string_view ParsedSentence::caseOf(int token) const
{
    int marker = child(token, "case");
    if (marker < 0) {
        marker = child(token, "mark");
    }
    return marker < 0 ? std::string_view() : std::string_view(tokens[static_cast<std::size_t>(marker)].lemma);
}

int ParsedSentence::subjectOf(int predicate) const
{
    int p = predicate;
    for (int guard = 0; p >= 0 && guard < size(); ++guard) {
        int subject = child(p, "nsubj");
        if (subject < 0) {
            subject = child(p, "csubj");
        }
        const SyntaxToken& token = tokens[static_cast<std::size_t>(p)];
        if (subject >= 0) {
            // "the envoy who condemned it": the relative pronoun stands for the noun the clause modifies.
            if (is(p, "acl") && isRelativePronoun(tokens[static_cast<std::size_t>(subject)].lemma)) {
                return token.head;
            }
            return subject;
        }
        if (is(p, "xcomp") || is(p, "conj")) {
            p = token.head;
            continue;
        }
        // "Speaking after the talks, the minister said ...": a subjectless participle or infinitive clause
        // takes the subject of the clause it modifies.
        if (is(p, "advcl") && (token.xpos == "VBG" || token.xpos == "VBN" || child(p, "mark") < 0)) {
            p = token.head;
            continue;
        }
        // "the envoy expelled last week": a reduced relative clause is about the noun it modifies.
        if (is(p, "acl")) {
            return isPassive(p) ? -1 : token.head;
        }
        break;
    }
    return -1;
}

bool ParsedSentence::isPassive(int predicate) const
{
    if (child(predicate, "aux:pass") >= 0 || child(predicate, "nsubj:pass") >= 0 ||
        child(predicate, "csubj:pass") >= 0) {
        return true;
    }
    return predicate >= 0 && predicate < size() && tokens[static_cast<std::size_t>(predicate)].xpos == "VBN" &&
           child(predicate, "obl:agent") >= 0;
}

bool ParsedSentence::isNegated(int predicate) const
{
    static constexpr std::array<std::string_view, 4> kNegators = {"not", "never", "n't", "no"};
    for (const int c : children(predicate)) {
        const SyntaxToken& token = tokens[static_cast<std::size_t>(c)];
        if (!is(c, "advmod") && !is(c, "det") && !is(c, "aux")) {
            continue;
        }
        const std::string lower = [&] {
            std::string s = token.form;
            for (char& ch : s) {
                ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            }
            return s;
        }();
        for (const std::string_view negator : kNegators) {
            if (lower == negator || token.lemma == negator) {
                return true;
            }
        }
    }
    return false;
}

int ParsedSentence::clauseOf(int token) const
{
    static constexpr std::array<std::string_view, 8> kClauses = {"root", "ccomp", "xcomp", "advcl",
                                                                 "acl",  "parataxis", "csubj", "conj"};
    int t = token;
    for (int guard = 0; t >= 0 && guard <= size(); ++guard) {
        const SyntaxToken& here = tokens[static_cast<std::size_t>(t)];
        for (const std::string_view relation : kClauses) {
            if (is(t, relation) && (relation != "conj" || here.upos == Upos::Verb || here.upos == Upos::Aux)) {
                return t;
            }
        }
        t = here.head;
    }
    return -1;
}

std::vector<int> ParsedSentence::subtree(int token) const
{
    std::vector<int> out;
    for (int i = 0; i < size(); ++i) {
        int t = i;
        for (int guard = 0; t >= 0 && t != token && guard <= size(); ++guard) {
            t = tokens[static_cast<std::size_t>(t)].head;
        }
        if (t == token && token >= 0) {
            out.push_back(i);
        }
    }
    return out;
}

} // namespace diplograph::core
