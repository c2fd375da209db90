-- Search (issue 6): trigram similarity and the functions that build the search index.
--
-- pg_trgm ships with PostgreSQL (contrib) and with PGlite (loaded in packages/db/src/client.ts).
-- The normalising and folding functions mirror packages/domain/src/search/normalize.ts rule for rule;
-- packages/db/src/queries/search.integration.test.ts checks that both agree. Function bodies name
-- their own functions with the schema (public.) so that a dump restores (restore runs with an empty
-- search_path). They are declared IMMUTABLE so generated columns can use them: they read nothing but
-- their arguments (array_to_string and concat_ws are only STABLE in general, not for text).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Lower-case ASCII words separated by single spaces: accents and apostrophes dropped, anything else a break.
CREATE OR REPLACE FUNCTION public.search_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(lower(normalize(t, NFKD)),
    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
    '[''`\u2018\u2019\u02bc\u02bd\u02be\u02bf]', '', 'g'),
    '[^a-z0-9]+', ' ', 'g'))
$$;
--> statement-breakpoint
-- The phonetic key of one normalised word (FOLD_STEPS, in order; words under four letters are kept).
CREATE OR REPLACE FUNCTION public.search_fold_word(w text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(w) < 4 THEN w ELSE
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(w,
      'ph', 'f', 'g'),
      'ck', 'k', 'g'),
      'q', 'k', 'g'),
      'w', 'v', 'g'),
      '([a-z])\1+', '\1', 'g'),
      '^([a-z0-9]{4,})s$', '\1', 'g'),
      '([aeiou])h$', '\1', 'g'),
      '^y([aeiou])', 'Y\1', 'g'),
      '[aeiouy]+', 'a', 'g'),
      'Y', 'y', 'g')
  END
$$;
--> statement-breakpoint
-- Normalised words without the joining particles of transliterated names, each folded.
CREATE OR REPLACE FUNCTION public.search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(public.search_fold_word(x.w), ' ' ORDER BY x.n), '')
  FROM regexp_split_to_table(public.search_normalize(t), ' ') WITH ORDINALITY AS x(w, n)
  WHERE x.w NOT IN ('', 'e', 'i', 'ul', 'ud', 'ur', 'ut', 'us', 'un', 'al', 'el')
$$;
--> statement-breakpoint
-- The words of a text for full-text search, normalised and folded, folded words marked with a leading
-- "0" ("Tehreek" → tehreek, 0tahrak): "teh" finds Tehrik as typed, "tehreek" finds it folded, and a short
-- prefix as typed ("as") does not run into folded words (every vowel folds to "a"). The simple
-- configuration: no stemming, no stopwords; the parser keeps "0tahrak" as one word.
CREATE OR REPLACE FUNCTION public.search_words(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t IS NULL THEN ''::tsvector
    ELSE to_tsvector('simple'::regconfig,
      public.search_normalize(t) || ' ' || regexp_replace(public.search_fold(t), '([a-z0-9]+)', '0\1', 'g')) END
$$;
--> statement-breakpoint
-- Name keys: each name compact, normalised after "=" and folded after "~" ("=isisk", "~asask"), so a
-- query matches a whole name (the lexeme) or its start (a prefix lexeme) in either form.
CREATE OR REPLACE FUNCTION public.search_keys(names text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT k.key)), ''::tsvector)
  FROM unnest(names) AS n(name)
  CROSS JOIN LATERAL (VALUES
    ('=' || left(replace(public.search_normalize(n.name), ' ', ''), 200)),
    ('~' || left(replace(public.search_fold(n.name), ' ', ''), 200))) AS k(key)
  WHERE n.name IS NOT NULL AND length(k.key) > 1
$$;
--> statement-breakpoint
-- One search document per kind of record: names as keys and words (weight A), then the other fields.
CREATE OR REPLACE FUNCTION public.search_group_document(name text, abbreviation text, aliases text[], ideology text, summary text, media_wings text[])
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_keys(ARRAY[name, abbreviation] || aliases)
    || setweight(public.search_words(concat_ws(' ', name, abbreviation, array_to_string(aliases, ' '))), 'A')
    || setweight(public.search_words(ideology), 'B')
    || setweight(public.search_words(array_to_string(media_wings, ' ')), 'C')
    || setweight(public.search_words(summary), 'C')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.search_incident_document(title text, place text, description text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_keys(ARRAY[title])
    || setweight(public.search_words(title), 'A')
    || setweight(public.search_words(place), 'B')
    || setweight(public.search_words(description), 'C')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.search_recommendation_document(title text, body text, target_actors text[])
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_keys(ARRAY[title])
    || setweight(public.search_words(title), 'A')
    || setweight(public.search_words(body), 'B')
    || setweight(public.search_words(array_to_string(target_actors, ' ')), 'C')
$$;
--> statement-breakpoint
-- A source's full text is indexed in its first 500,000 characters (a tsvector holds at most 1 MB).
CREATE OR REPLACE FUNCTION public.search_source_document(title text, short_title text, publisher text, authors text[], notes text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_keys(ARRAY[title, short_title])
    || setweight(public.search_words(concat_ws(' ', title, short_title)), 'A')
    || setweight(public.search_words(concat_ws(' ', publisher, array_to_string(authors, ' '))), 'B')
    || setweight(public.search_words(notes), 'C')
    || setweight(public.search_words(left(body, 500000)), 'D')
$$;
