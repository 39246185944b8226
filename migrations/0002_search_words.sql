-- Search through a vocabulary: typo tolerance is a trigram lookup over a few thousand distinct words
-- (GiST index), not a word_similarity scan over every service's text (measured: ~20 ms for 620 services).
CREATE TABLE search_vocabulary (
  word text PRIMARY KEY
);
-- GiST, not GIN: measured 0.4 ms vs 4.3 ms for a `%` lookup over ~3,300 words.
CREATE INDEX search_vocabulary_trgm ON search_vocabulary USING gist (word gist_trgm_ops);

CREATE TABLE service_search_words (
  service_id uuid NOT NULL REFERENCES services (id),
  word text NOT NULL,
  PRIMARY KEY (word, service_id)
);
CREATE INDEX service_search_words_service ON service_search_words (service_id);

INSERT INTO service_search_words (service_id, word)
SELECT DISTINCT s.id, w FROM services s,
  LATERAL unnest(string_to_array(s.search_text || ' ' || s.search_compact, ' ')) AS w
WHERE w <> '';
INSERT INTO search_vocabulary (word) SELECT DISTINCT word FROM service_search_words ON CONFLICT DO NOTHING;
