-- The body of an indication's fact sheet: structured blocks as JSON text (see content/Block).
ALTER TABLE indication ADD COLUMN body VARCHAR(1000000) DEFAULT '[]' NOT NULL;
