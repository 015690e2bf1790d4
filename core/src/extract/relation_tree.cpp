// Relations read from the dependency tree: a trigger's source and target are the dependents its frame names
// (docs/extraction.md, "Frames"). These rules run for trigger hits the surface rules leave without a relation,
// so the parser adds what a token window cannot reach: subjects across parentheticals and relative clauses,
// objects after long adverbials, coordinated verbs, owners of the act a trigger's object names.
#include "extract/relation_rules.h"

#include <algorithm>
#include <array>

namespace diplograph::core::detail {

namespace {

constexpr int kLongestParsed = 60; // tokens

bool oneOf(std::string_view word, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Auxiliaries of mood: "would condemn", "may reject" report no act (the corpus guideline).
bool modalAuxiliary(std::string_view lemma)
{
    return oneOf(lemma, {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "ought"});
}

// The preposition a multi-word trigger ends in: "hit out at" -> "at", "critical of" -> "of"; "" if none.
std::string_view trailingPreposition(const TriggerEntry& entry)
{
    if (entry.tokens.size() < 2) {
        return {};
    }
    const std::string_view last = entry.tokens.back();
    return oneOf(last, {"at", "of", "against", "on", "over", "with", "to", "from", "about", "toward", "towards", "for"})
               ? last
               : std::string_view();
}

} // namespace

const ParsedSentence* SentenceAnalysis::parseTree() const
{
    if (parsed) {
        return treeReady ? &tree : nullptr;
    }
    parsed = true;
    treeReady = false;
    if (!syntax || !document || !sentence || tokens.empty()) {
        return nullptr;
    }
    treeReady = true;
    tree = parseSentence(*syntax, *document, *sentence);
    // Both token lists are in text order: treebank tokens split extraction tokens ("don't" -> "do" "n't") but
    // never span two of them, so one pass pairs them.
    tokenOf.assign(tree.tokens.size(), -1);
    syntaxOf.assign(tokens.size(), -1);
    std::size_t t = 0;
    for (std::size_t s = 0; s < tree.tokens.size(); ++s) {
        const auto start = tree.tokens[s].textRange.start;
        while (t < tokens.size() && tokens[t].range.end <= start) {
            ++t;
        }
        if (t < tokens.size() && tokens[t].range.start <= start) {
            tokenOf[s] = static_cast<int>(t);
            if (syntaxOf[t] < 0) {
                syntaxOf[t] = static_cast<int>(s);
            }
        }
    }
    return &tree;
}

int SentenceRules::mentionAtToken(int i) const
{
    int m = firstMentionFrom(i + 1) - 1;
    if (m >= 0 && m_analysis.mentions[static_cast<std::size_t>(m)].end > i) {
        return m;
    }
    return -1;
}

// The mention covering treebank token `syntaxToken`, or -1 (also for -1 and for a token outside every word).
int SentenceRules::treeMention(int syntaxToken) const
{
    const int token = syntaxToken >= 0 ? m_analysis.tokenOf[static_cast<std::size_t>(syntaxToken)] : -1;
    return token >= 0 ? mentionAtToken(token) : -1;
}

// The actors the noun phrase headed by treebank token `head` stands for: the name itself ("Peru", "the
// Peruvian embassy", "it"), else the owner of the thing it names ("Peru's decision", "the decision by Peru",
// "the Peruvian decision", "the plan put forward by Peru"); coordinated phrases add theirs.
std::vector<int> SentenceRules::treePhrase(int head, int depth) const
{
    const auto* tree = m_analysis.parseTree();
    std::vector<int> out;
    if (!tree || head < 0 || head >= tree->size() || depth > 4) {
        return out;
    }
    const auto add = [&out](const std::vector<int>& actors) {
        for (const int actor : actors) {
            if (std::find(out.begin(), out.end(), actor) == out.end()) {
                out.push_back(actor);
            }
        }
    };
    const auto& node = tree->tokens[static_cast<std::size_t>(head)];
    // "the attack, which Peru condemned": a relative pronoun stands for the noun its clause modifies.
    if (oneOf(node.lemma, {"which", "that", "whom", "who"}) && node.upos == Upos::Pron) {
        const int clause = node.head;
        if (clause < 0 || !tree->is(clause, "acl")) {
            return out;
        }
        // After a clause, ", which" may stand for the whole act ("Peru sanctioned Bolivia, which Chile condemned"):
        // a name is the antecedent only as a subject ("Bolivia, which Chile condemned, said ...").
        const int antecedent = tree->tokens[static_cast<std::size_t>(clause)].head;
        // As its clause's subject ("Peru, which denied it") the pronoun is the name.
        if (treeMention(antecedent) >= 0 && !tree->is(antecedent, "nsubj") && !tree->is(head, "nsubj")) {
            return out;
        }
        return treePhrase(antecedent, depth + 1);
    }
    const int token = m_analysis.tokenOf[static_cast<std::size_t>(head)];
    if (const int m = treeMention(head); m >= 0) {
        const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
        if (isParticipant(mention)) {
            add(participantsOf(m));
        } else if (mention.location) {
            return out; // "in Lima": a place
        }
    }
    // "the Peruvian people", "Peru's sovereignty": a noun that names no act or thing of the actor has no owner.
    const bool nonAgent = token >= 0 && wordClass(token, "head.nonagent");
    if (out.empty() && !nonAgent && (node.upos == Upos::Noun || node.upos == Upos::Propn || node.upos == Upos::Pron)) {
        for (const int child : tree->children(head)) {
            const auto& dependent = tree->tokens[static_cast<std::size_t>(child)];
            const std::string_view relation = dependent.deprel;
            const std::string_view preposition = tree->caseOf(child);
            const bool owner = relation == "nmod:poss" || relation == "compound" || relation == "amod" ||
                               (relation.starts_with("nmod") && (preposition == "by" || preposition == "from"));
            if (owner) {
                // A modifier that is part of a name counts too: "the Peruvian proposal".
                // The tree knows whose the thing is: "Peru's sovereignty claims" are Peru's claims, though the
                // surface rules read "Peru's sovereignty" as no actor.
                if (const int m = treeMention(child); m >= 0) {
                    const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                    if (!mention.location && !mention.actors.empty()) {
                        add(mention.actors);
                        continue;
                    }
                }
                add(treePhrase(child, depth + 1));
            } else if (relation == "acl:relcl") {
                // "the plan, which Peru had proposed", "the demands Peru made": a relative clause whose verb
                // authors the thing names its owner; other verbs do not ("the attack, which Peru condemned").
                const int verb = m_analysis.tokenOf[static_cast<std::size_t>(child)];
                if (verb >= 0 && wordClass(verb, "verb.authorship") && !tree->isPassive(child)) {
                    if (const int subject = tree->child(child, "nsubj");
                        subject >= 0 && tree->tokens[static_cast<std::size_t>(subject)].upos != Upos::Pron) {
                        add(treeSubject(subject));
                    }
                }
            } else if (relation.starts_with("acl")) {
                // "the plan put forward by Peru", "the claims made by Peru"; "the claims contained in the report
                // by Peru": through a participle to the thing it places the noun in, and that thing's owner.
                for (const int oblique : tree->children(child, "obl")) {
                    const std::string_view how = tree->caseOf(oblique);
                    if (how == "by") {
                        add(treePhrase(oblique, depth + 1));
                    } else if (oneOf(how, {"in", "on", "from", "under"})) {
                        add(treeOwners(oblique, depth + 1));
                    }
                }
            }
        }
    }
    for (const int conj : tree->children(head, "conj")) {
        add(treePhrase(conj, depth + 1));
    }
    return out;
}

// The owners of the thing the noun `head` names, not names inside it: "the resolution drafted by Peru" -> Peru,
// "the report on Peru" -> none.
std::vector<int> SentenceRules::treeOwners(int head, int depth) const
{
    const auto* tree = m_analysis.parseTree();
    if (!tree || head < 0 || head >= tree->size()) {
        return {};
    }
    if (treeMention(head) >= 0) {
        return {}; // a name is no thing with an owner: "in Peru"
    }
    return treePhrase(head, depth);
}

// The actors a subject names: only names and references, and their coordinated phrases. A subject that names a
// thing is no actor ("the Peruvian side of the border", "the Greek community agreed"), unlike the object, whose
// owner is the target ("condemned the Peruvian decision").
std::vector<int> SentenceRules::treeSubject(int head) const
{
    const auto* tree = m_analysis.parseTree();
    std::vector<int> out;
    if (!tree || head < 0 || head >= tree->size()) {
        return out;
    }
    const auto& node = tree->tokens[static_cast<std::size_t>(head)];
    if (oneOf(node.lemma, {"which", "that", "who"}) && node.upos == Upos::Pron) {
        return treePhrase(head); // its antecedent
    }
    if (const int m = treeMention(head); m >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
        out = participantsOf(m);
    }
    for (const int conj : tree->children(head, "conj")) {
        for (const int actor : treeSubject(conj)) {
            if (std::find(out.begin(), out.end(), actor) == out.end()) {
                out.push_back(actor);
            }
        }
    }
    return out;
}

// Not, never, a modal or a question on the predicate or the verb it hangs from: no relation.
bool SentenceRules::treeBlocked(int predicate) const
{
    const auto* tree = m_analysis.parseTree();
    for (int p = predicate, guard = 0; p >= 0 && guard < 3; ++guard) {
        if (tree->isNegated(p)) {
            return true;
        }
        for (const int aux : tree->children(p, "aux")) {
            if (modalAuxiliary(tree->tokens[static_cast<std::size_t>(aux)].lemma)) {
                return true;
            }
        }
        for (const int mark : tree->children(p, "mark")) {
            if (oneOf(tree->tokens[static_cast<std::size_t>(mark)].lemma, {"if", "unless", "whether"})) {
                return true;
            }
        }
        // "denied supporting Peru", "denied that it had armed Peru": the content of a denial did not happen.
        const auto& here = tree->tokens[static_cast<std::size_t>(p)];
        if ((tree->is(p, "ccomp") || tree->is(p, "advcl") || tree->is(p, "xcomp")) && here.head >= 0 &&
            oneOf(tree->tokens[static_cast<std::size_t>(here.head)].lemma,
                  {"deny", "refuse", "decline", "avoid", "stop", "cease", "fail", "dismiss", "reject", "rule"})) {
            return true;
        }
        // "wants to cooperate", "refused to condemn", "urged Peru to reject": the act has not happened.
        if (!tree->is(p, "xcomp")) {
            break;
        }
        p = here.head;
        if (p >= 0 && tree->tokens[static_cast<std::size_t>(p)].upos == Upos::Verb) {
            return true;
        }
    }
    return false;
}

// A named act that the clause it is the subject of undoes: "the talks with Peru were postponed", "cooperation
// with Peru has not resumed". Parses only when a negation or an undoing verb follows the noun.
bool SentenceRules::nominalUndone(const TriggerHit& hit) const
{
    if (hit.entry->frame != TriggerFrame::Nominal || !m_analysis.syntax ||
        (!m_analysis.parsed && m_count > kLongestParsed)) {
        return false;
    }
    // "The talks ended with ...", "cooperation was suspended" say the act took place; these say it did not.
    const auto undoing = [](const TriggerHit& other) {
        return other.entry->frame == TriggerFrame::Negative &&
               oneOf(other.entry->lemma, {"not", "n't", "never", "cancel", "postpone", "call off", "scrap"});
    };
    bool later = false;
    for (auto it = firstHitFrom(hit.end); it != m_hits.end() && !later; ++it) {
        later = undoing(*it);
    }
    if (!later) {
        return false;
    }
    const auto* tree = m_analysis.parseTree();
    const int noun = tree ? m_analysis.syntaxOf[static_cast<std::size_t>(hit.end - 1)] : -1;
    if (noun < 0 || !tree->is(noun, "nsubj")) {
        return false;
    }
    const int predicate = tree->tokens[static_cast<std::size_t>(noun)].head;
    if (predicate < 0 || tree->isNegated(predicate)) {
        return predicate >= 0;
    }
    const int verb = m_analysis.tokenOf[static_cast<std::size_t>(predicate)];
    for (auto it = firstHitFrom(verb); verb >= 0 && it != m_hits.end() && it->begin == verb; ++it) {
        if (undoing(*it)) {
            return true;
        }
    }
    return false;
}

// A participle with "by" after it and a form of "be" three to eight words before it, so the surface rules'
// two-word look-back misses the passive; the tree decides.
bool SentenceRules::distantPassive(const TriggerHit& hit) const
{
    if (!m_analysis.syntax || (!m_analysis.parsed && m_count > kLongestParsed) ||
        !(token(hit.begin).lower.ends_with("ed") || token(hit.begin).lower.ends_with("en"))) {
        return false;
    }
    bool be = false;
    for (int i = hit.begin - 3; i >= std::max(0, hit.begin - 8) && !be; --i) {
        be = oneOf(token(i).lower, {"was", "were", "is", "are", "been", "being", "be"});
    }
    bool by = false;
    for (int i = hit.end; i < m_count && !by && !isBoundary(i); ++i) {
        by = is(i, "by");
    }
    if (!be || !by) {
        return false;
    }
    const auto* tree = m_analysis.parseTree();
    const int predicate = tree ? m_analysis.syntaxOf[static_cast<std::size_t>(hit.begin)] : -1;
    return predicate >= 0 && tree->isPassive(predicate);
}

// "With talks under way in the Peruvian capital, the senator visited Chile": the surface rules take the nearest
// name before a verb for its subject. Where the tree gives the verb a subject of its own, a noun phrase that
// names none of the sources, the relation is not the source's and is dropped. Pronouns stay with the surface
// rules, which resolve them; a relative pronoun is checked through the noun its clause modifies. Returns the
// first tokens of the triggers whose relations were dropped.
std::vector<int> SentenceRules::verifySubjects()
{
    std::vector<int> dropped;
    const auto checked = [](const Finding& finding) { return std::string_view(finding.rule) == "svo.active"; };
    if (!m_analysis.syntax || (!m_analysis.parsed && m_count > kLongestParsed) ||
        std::none_of(m_findings.begin(), m_findings.end(), checked)) {
        return dropped;
    }
    // A source named right before its verb ("Chile strongly condemned", "Peru's envoy has rejected") ends the
    // verb's subject phrase, which therefore names it: the parse could only agree, and is not paid for.
    const auto adjacent = [&](const Finding& finding) {
        int before = finding.triggerBegin - 1;
        while (before >= 0 && (token(before).lower.ends_with("ly") || wordClass(before, "auxiliary") ||
                               wordClass(before, "negative.adverb"))) {
            const auto& word = token(before).lower;
            if (word == "is" || word == "are" || word == "was" || word == "were" || word == "be" || word == "been" ||
                word == "being") {
                return false; // a passive ("they were sent") is the tree's to tell
            }
            --before;
        }
        const int m = before >= 0 ? mentionAtToken(before) : -1;
        if (m < 0 || m_analysis.mentions[static_cast<std::size_t>(m)].end != before + 1) {
            return false;
        }
        const auto& actors = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
        return std::any_of(actors.begin(), actors.end(), [&](int actor) {
            return m_actors.entityCode(actor) == m_actors.entityCode(finding.source) ||
                   (finding.type == RelationType::Cooperation &&
                    m_actors.entityCode(actor) == m_actors.entityCode(finding.target));
        });
    };
    if (std::all_of(m_findings.begin(), m_findings.end(),
                    [&](const Finding& finding) { return !checked(finding) || adjacent(finding); })) {
        return dropped;
    }
    const auto* tree = m_analysis.parseTree();
    if (!tree) {
        return dropped;
    }
    const auto wrong = [&](const Finding& finding) {
        if (!checked(finding)) {
            return false;
        }
        const int predicate = m_analysis.syntaxOf[static_cast<std::size_t>(finding.triggerBegin)];
        if (predicate < 0) {
            return false;
        }
        // Whether the phrase under `head` names the actor, leaving out the trigger's own clause when the phrase
        // holds it ("others who sent troops to Peru").
        const auto clause = tree->subtree(predicate);
        const auto mentionNames = [&](int m, int actorIndex) {
            const auto participants = participantsOf(m);
            return std::any_of(participants.begin(), participants.end(), [&](int actor) {
                return m_actors.entityCode(actor) == m_actors.entityCode(actorIndex);
            });
        };
        const auto names = [&](int head, int actorIndex) {
            const bool outside = std::find(clause.begin(), clause.end(), head) == clause.end();
            for (const int k : tree->subtree(head)) {
                if (outside && std::find(clause.begin(), clause.end(), k) != clause.end()) {
                    continue;
                }
                if (const int m = treeMention(k); m >= 0 && mentionNames(m, actorIndex)) {
                    return true;
                }
            }
            return false;
        };
        // (A cooperation has no direction: either party may be the subject.)
        const auto namesSource = [&](int head) {
            return names(head, finding.source) ||
                   (finding.type == RelationType::Cooperation && names(head, finding.target));
        };
        const Upos predicateTag = tree->tokens[static_cast<std::size_t>(predicate)].upos;
        // A verb trigger used as a noun ("a visit to Peru by Chile's minister", "phone talks"): its parties are
        // in its own phrase, or the subject of the verb it is the object of ("Chile paid a visit to Peru").
        if (predicateTag == Upos::Noun) {
            int noun = predicate;
            while (tree->is(noun, "compound") && tree->tokens[static_cast<std::size_t>(noun)].head >= 0) {
                noun = tree->tokens[static_cast<std::size_t>(noun)].head;
            }
            const int verb = tree->tokens[static_cast<std::size_t>(noun)].head;
            const int subject = verb >= 0 ? tree->subjectOf(verb) : -1;
            if (subject >= 0 && tree->tokens[static_cast<std::size_t>(subject)].upos == Upos::Pron) {
                return false;
            }
            return !(namesSource(noun) || (subject >= 0 && namesSource(subject)));
        }
        if (predicateTag != Upos::Verb) {
            return false;
        }
        // "Peru was sent the aid", "they were given": a passive subject is no source ("is opposed to", an
        // adjective, is the trigger itself).
        if (tree->isPassive(predicate)) {
            return finding.triggerEnd - finding.triggerBegin == 1;
        }
        // A participle modifying a noun yet taking an object ("Peru, Chile's partner, criticised Bolivia" parsed
        // as "the partner criticised") is a finite verb the parser misread: its subject is not that noun.
        if (tree->tokens[static_cast<std::size_t>(predicate)].deprel == "acl" && tree->child(predicate, "obj") >= 0 &&
            tree->child(predicate, "nsubj") < 0) {
            return false;
        }
        // (subjectOf gives a relative clause's antecedent for its relative pronoun.)
        const int subject = tree->subjectOf(predicate);
        // A subject inherited through xcomp, conj or advcl is where parses go wrong most: a source named right
        // before the verb ("as Chile rejected it", parsed as a prepositional phrase) is believed.
        if (subject >= 0 && tree->child(predicate, "nsubj") < 0) {
            int before = finding.triggerBegin - 1;
            while (before >= 0 && (token(before).lower.ends_with("ly") || wordClass(before, "auxiliary"))) {
                --before;
            }
            if (const int m = before >= 0 ? mentionAtToken(before) : -1; m >= 0 && mentionNames(m, finding.source)) {
                return false;
            }
        }
        if (subject < 0) {
            return false;
        }
        const Upos tag = tree->tokens[static_cast<std::size_t>(subject)].upos;
        if (tag != Upos::Noun && tag != Upos::Propn) {
            return false;
        }
        return !namesSource(subject);
    };
    std::erase_if(m_findings, [&](const Finding& finding) {
        if (!wrong(finding)) {
            return false;
        }
        dropped.push_back(finding.triggerBegin);
        return true;
    });
    return dropped;
}

// A hit the surface rules left without a relation, read from the tree.
void SentenceRules::treeRule(const TriggerHit& hit)
{
    constexpr int kTreeReach = 12; // tokens either side of the trigger where its parties are looked for
    // A relation needs two different entities named in the sentence: without them the parse (the costliest step
    // of extraction) cannot help, so most sentences are never parsed.
    // Very long sentences are lists and datelines run together, where a greedy parse is least reliable.
    if (!m_analysis.parsed && m_count > kLongestParsed) {
        return;
    }
    if (!m_analysis.parsed) {
        const std::string* first = nullptr;
        bool two = false;
        for (const auto& mention : m_analysis.mentions) {
            // (Only names near the trigger: its arguments in a long sentence are never far from it on the
            // surface, and names in other clauses of a long sentence are what most parses were spent on.)
            if (mention.location || mention.actors.empty() || mention.end < hit.begin - kTreeReach ||
                mention.begin > hit.end + kTreeReach) {
                continue;
            }
            for (const int actor : mention.actors) {
                const auto& code = m_actors.entityCode(actor);
                if (!first) {
                    first = &code;
                } else if (code != *first) {
                    two = true;
                }
            }
        }
        if (!two) {
            return;
        }
    }
    const auto* tree = m_analysis.parseTree();
    if (!tree) {
        return;
    }
    const int predicate = m_analysis.syntaxOf[static_cast<std::size_t>(hit.begin)];
    if (predicate < 0 || treeBlocked(predicate)) {
        return;
    }
    const auto& node = tree->tokens[static_cast<std::size_t>(predicate)];
    const auto type = hit.entry->type;
    const double confidence = hit.entry->confidence * 0.85;
    const std::string_view fixed = trailingPreposition(*hit.entry);
    const bool cooperation = type == RelationType::Cooperation;
    // The prepositions that mark a trigger's target when it has no direct object.
    const auto targetPreposition = [&](std::string_view preposition) {
        if (!fixed.empty()) {
            return preposition == fixed;
        }
        if (cooperation) {
            return oneOf(preposition, {"with", "to", "for"});
        }
        return oneOf(preposition, {"against", "at", "on", "over", "of", "to", "toward", "towards"});
    };
    std::vector<int> sources;
    std::vector<int> targets;
    const char* rule = "tree.svo";
    const bool nominalHead = node.upos == Upos::Noun || node.upos == Upos::Propn;
    if (!nominalHead) {
        if (node.upos != Upos::Verb && node.upos != Upos::Adj) {
            return;
        }
        // "the militia backed by Peru", "the deal brokered by Peru": a reduced relative describing a party is an
        // epithet, no reported act of support (the corpus guideline).
        if (cooperation && tree->is(predicate, "acl") && !tree->is(predicate, "acl:relcl")) {
            return;
        }
        if (tree->isPassive(predicate)) {
            // "Peru was condemned by Chile", "the plan, rejected by Chile".
            rule = "tree.passive";
            for (const int agent : tree->children(predicate, "obl")) {
                if (tree->caseOf(agent) == "by") {
                    sources = treePhrase(agent);
                }
            }
            // "was criticised in a statement by Chile": the agent attached to the statement it spoke in.
            for (const int oblique : tree->children(predicate, "obl")) {
                for (const int agent : tree->children(oblique, "nmod")) {
                    if (sources.empty() && tree->caseOf(agent) == "by" &&
                        wordClass(m_analysis.tokenOf[static_cast<std::size_t>(oblique)], "noun.statement")) {
                        sources = treePhrase(agent);
                    }
                }
            }
            const int subject = tree->child(predicate, "nsubj:pass");
            if (subject >= 0) {
                targets = treePhrase(subject);
            } else if (tree->is(predicate, "acl")) {
                targets = treePhrase(node.head);
            }
        } else {
            sources = treeSubject(tree->subjectOf(predicate));
            const bool symmetric = hit.entry->frame == TriggerFrame::Symmetric;
            // "Chile and Peru cooperate", "Chile and Peru signed an accord": a symmetric verb's coordinated subject.
            if (cooperation && symmetric && sources.size() >= 2) {
                emitPairs(sources, hit, "tree.symmetric", confidence);
                return;
            }
            // "discussed Peru" names a topic: such verbs take their partner only with "with".
            const bool topical = wordClass(hit.begin, "verb.topical");
            if (const int object = tree->child(predicate, "obj"); object >= 0 && fixed.empty() && !topical) {
                targets = treePhrase(object);
            } else {
                for (const int oblique : tree->children(predicate)) {
                    if ((tree->is(oblique, "obl") || tree->is(oblique, "nmod")) &&
                        targetPreposition(tree->caseOf(oblique))) {
                        targets = treePhrase(oblique);
                        if (!targets.empty()) {
                            break;
                        }
                    }
                }
            }
            // "Chile condemned and sanctioned Peru": the object both verbs share hangs from the last one.
            if (targets.empty() && tree->child(predicate, "obj") < 0) {
                for (const int conj : tree->children(predicate, "conj")) {
                    const int object = tree->child(conj, "obj");
                    if (tree->tokens[static_cast<std::size_t>(conj)].upos == Upos::Verb &&
                        tree->child(conj, "nsubj") < 0 && object >= 0) {
                        targets = treePhrase(object);
                        rule = "tree.shared-object";
                    }
                    break;
                }
            }
            // "the attack that Peru condemned": an object gap in a relative clause.
            if (targets.empty() && tree->is(predicate, "acl:relcl")) {
                const int pronoun = tree->child(predicate, "obj");
                // "the attack that Peru condemned" with the pronoun left out or not attached as the object.
                const int antecedent = node.head;
                const bool name = treeMention(antecedent) >= 0;
                if (pronoun < 0 && (!name || tree->is(antecedent, "nsubj"))) {
                    targets = treePhrase(antecedent);
                    rule = "tree.relative";
                }
            }
        }
    } else {
        // A nominal trigger: "Peru's criticism of Chile", "condemnation by Peru of ...", "the Peruvian rebuke".
        if (hit.entry->frame != TriggerFrame::Nominal) {
            return;
        }
        rule = "tree.nominal";
        for (const int child : tree->children(predicate)) {
            const auto& dependent = tree->tokens[static_cast<std::size_t>(child)];
            const std::string_view relation = dependent.deprel;
            const std::string_view preposition = tree->caseOf(child);
            if (relation == "nmod:poss" || relation == "amod" || relation == "compound" ||
                (relation.starts_with("nmod") && preposition == "by")) {
                if (const int m = treeMention(child); m >= 0 && sources.empty()) {
                    const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                    if (isParticipantOrModifier(mention)) {
                        sources = mention.actors;
                    }
                }
            } else if (relation.starts_with("nmod") && targets.empty() && targetPreposition(preposition)) {
                targets = treePhrase(child);
            }
        }
        // "Chile voiced its condemnation of Peru": the noun is the object of a light verb whose subject speaks.
        if (sources.empty() && tree->is(predicate, "obj") && node.head >= 0) {
            const int verb = node.head;
            if (const int t = m_analysis.tokenOf[static_cast<std::size_t>(verb)]; t >= 0 && wordClass(t, "verb.light") &&
                                                                                   !treeBlocked(verb)) {
                sources = treeSubject(tree->subjectOf(verb));
                rule = "tree.light-verb";
            }
        }
        if (cooperation && targets.empty() && sources.size() >= 2) {
            emitPairs(sources, hit, "tree.nominal-pair", confidence);
            return;
        }
    }
    if (sources.empty() || targets.empty()) {
        return;
    }
    emit(type, sources, targets, hit, rule, confidence);
}

} // namespace diplograph::core::detail
