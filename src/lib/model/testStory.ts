/** A small valid story for unit tests; tests copy it and break one thing at a time. */
export function testStory() {
	return {
		title: 'Test story',
		dek: 'A dek.',
		byline: 'By a tester',
		updated: '2026-02-01',
		places: [
			{ id: 'hasakah', name: 'Hasakah', kind: 'city', country: 'Syria', lon: 40.75, lat: 36.5 },
			{ id: 'iraq', name: 'Iraq', kind: 'country', country: 'Iraq', lon: 43.2, lat: 35 }
		],
		sources: [{ id: 'article', title: 'The article', kind: 'reporting' }],
		eras: [{ id: 'transfers', label: 'Transfers', start: '2026-01', end: '2026' }],
		events: [
			{
				id: 'first',
				date: '2017',
				title: 'First',
				body: ['One.'],
				visual: { kind: 'timeline', era: 'transfers' },
				figures: [{ id: 'whole', value: 30000, qualifier: 'more than', unit: 'people', label: 'detained' }],
				sources: ['article'],
				notes: 'Say one.'
			},
			{
				id: 'second',
				date: '2019-03-23',
				title: 'Second',
				body: ['Two.'],
				visual: { kind: 'units', figures: ['whole', 'part'] },
				figures: [{ id: 'part', value: 7000, qualifier: 'up to', unit: 'people', label: 'to move' }],
				sources: ['article'],
				notes: 'Say two.'
			},
			{
				id: 'third',
				date: '2026-01-21',
				title: 'Third',
				body: ['Three.'],
				visual: {
					kind: 'map',
					focus: ['hasakah'],
					highlight: ['hasakah'],
					routes: [{ from: 'hasakah', to: 'iraq', mode: 'land' }]
				},
				sources: ['article'],
				notes: 'Say three.'
			},
			{
				id: 'fourth',
				date: '2026',
				title: 'Fourth',
				body: ['Four.'],
				visual: { kind: 'politics', milestones: ['first', 'fourth'], status: 'deadlock' },
				figures: [{ id: 'nations', value: 60, qualifier: 'around', unit: 'countries', label: 'origins' }],
				sources: ['article'],
				notes: 'Say four.'
			}
		]
	};
}
