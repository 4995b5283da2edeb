

def test_a_verb_agrees_with_its_count():
    from liaison.analysis.wording import verb
    assert [verb(v, 1) for v in ("meets", "carries", "is")] == ["meets", "carries", "is"]
    assert [verb(v, 0) for v in ("meets", "carries", "is", "was", "has", "passes")] == [
        "meet", "carry", "are", "were", "have", "pass"]
